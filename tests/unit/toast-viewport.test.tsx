import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ToastProvider, useToast } from '../../src/components/ui/toast';

function Sender() {
  const show = useToast();
  return (
    <>
      <button type="button" onClick={() => show('API token disabled.', { tone: 'success' })}>
        Disable
      </button>
      <button
        type="button"
        onClick={() =>
          show('View reset: filters, search and sort cleared.', {
            action: { label: 'Undo', onAction: () => {} },
          })
        }
      >
        Reset view
      </button>
    </>
  );
}

describe('notifications', () => {
  it('are each named by what they say, so focusing one reads it', async () => {
    const user = userEvent.setup();
    render(
      <ToastProvider closeLabel="Dismiss">
        <Sender />
      </ToastProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Disable' }));
    await user.click(screen.getByRole('button', { name: 'Reset view' }));

    expect(await screen.findByRole('listitem', { name: 'API token disabled.' })).toBeInTheDocument();
    // Named by its words alone: its Undo and Dismiss are read as the buttons they are.
    const reset = screen.getByRole('listitem', { name: 'View reset: filters, search and sort cleared.' });
    expect(within(reset).getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    // F8 or Tab brings focus to the notification itself (it is focusable), where that name is what is read.
    act(() => reset.focus());
    expect(reset).toHaveFocus();
  });
});
