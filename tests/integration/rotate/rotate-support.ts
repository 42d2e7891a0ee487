import { waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';

const SLOW = { timeout: 20_000 };

/**
 * Rotate's Create once it can be used: the account's module list has answered, so it is no longer said to be
 * unavailable (docs/product-rules.md, 'Rotate a token'). A press before that would be ignored.
 */
export async function findCreateNewToken(dialog: HTMLElement): Promise<HTMLElement> {
  const create = await within(dialog).findByRole('button', { name: 'Create new token' }, SLOW);
  await waitFor(() => expect(create).not.toHaveAttribute('aria-disabled'), SLOW);
  return create;
}
