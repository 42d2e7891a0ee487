import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorPanel } from '../../src/components/ui/error-panel';
import { commonMessages } from '../../src/messages/common';

describe('the error panel', () => {
  it('says an unexpected error once when its title is already that sentence', () => {
    render(<ErrorPanel error={new Error('x is undefined')} title={commonMessages.errors.unknown} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByText(commonMessages.errors.unknown)).toHaveLength(1);
    // A programming error's own text is for the console, not for the admin.
    expect(alert).not.toHaveTextContent('x is undefined');
  });

  it('keeps the plain-words reason under a title that names what failed', () => {
    render(<ErrorPanel error={new Error('boom')} title="Could not load API tokens" />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Could not load API tokens')).toBeInTheDocument();
    expect(within(alert).getByText(commonMessages.errors.unknown)).toBeInTheDocument();
  });
});
