import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../src/components/ui/copy-button';

afterEach(() => {
  vi.useRealTimers();
  delete (document as { execCommand?: unknown }).execCommand;
});

/** jsdom has no "copy" command; the button falls back to it outside a secure context, as here. */
function copyCommandSucceeds(ok: boolean) {
  Object.defineProperty(document, 'execCommand', { value: () => ok, configurable: true });
}

function renderButton() {
  render(
    <CopyButton
      getText={() => 'idt:TKN-0000-0001:secret'}
      label="Copy API token"
      copiedMessage="Copied"
      failedMessage="Copying failed. Select the API token and copy it by hand."
      showLabel
      showStatus
    />,
  );
  return screen.getByRole('button', { name: 'Copy API token' });
}

describe('the copy button', () => {
  it('keeps saying that copying failed until the next try, since that is what tells the user to copy by hand', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    copyCommandSucceeds(false);
    const button = renderButton();

    await act(async () => {
      fireEvent.click(button);
    });
    expect(screen.getByRole('status')).toHaveTextContent(/^Copying failed/);
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByRole('status')).toHaveTextContent(/^Copying failed/);
  });

  it('says "Copied" for a moment, then is ready to copy again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    copyCommandSucceeds(true);
    const button = renderButton();

    await act(async () => {
      fireEvent.click(button);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
