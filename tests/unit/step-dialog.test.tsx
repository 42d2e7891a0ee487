import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  StepDialog,
  StepDialogSteps,
  useStepNavigation,
  type StepCloseReason,
  type StepDialogStep,
  LOADING_PATIENCE_MS,
} from '../../src/components/ui/step-dialog';

const labels = {
  close: 'Close',
  back: 'Back',
  stepList: 'Steps',
  stepComplete: 'completed',
  discard: { title: 'Discard changes?', description: 'Lost.', confirm: 'Discard', cancel: 'Keep editing' },
};

type Id = 'first' | 'second';

/** Two steps: a text field, then a confirmation whose action is `run`; the field's text counts as unsaved. */
function Flow({
  run,
  onClose,
  ready = true,
  check = () => undefined,
}: {
  run: () => unknown;
  onClose: () => void;
  ready?: boolean;
  /** What Next waits for before moving on (e.g. validation); no request, so nothing is busy meanwhile. */
  check?: () => unknown;
}) {
  const navigation = useStepNavigation<Id>('first');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const steps: StepDialogStep<Id>[] = [
    {
      id: 'first',
      label: 'Name',
      content: <input aria-label="Name" value={text} onChange={(event) => setText(event.target.value)} />,
      action: {
        label: 'Next',
        run: async () => {
          await check();
          navigation.goTo('second');
        },
      },
    },
    {
      id: 'second',
      label: 'Confirm',
      content: <p>Sure?</p>,
      action: {
        label: 'Create',
        run: async () => {
          setBusy(true);
          try {
            await run();
          } finally {
            setBusy(false);
          }
        },
      },
    },
  ];
  return (
    <StepDialog
      title="New thing"
      onClose={onClose}
      closeLabel="Close"
      loading={{ label: 'Loading…', slow: 'Loading is taking longer than usual.' }}
    >
      {ready ? (
        <StepDialogSteps
          steps={steps}
          navigation={navigation}
          initialFocus={() => screen.getByRole('textbox', { name: 'Name' }).focus()}
          busy={busy}
          busyLabel="Creating…"
          isDirty={() => text !== ''}
          labels={labels}
        />
      ) : null}
    </StepDialog>
  );
}

describe('the step dialog', () => {
  it('moves focus to the first field on open and to the heading of each new step', async () => {
    const user = userEvent.setup();
    render(<Flow run={() => undefined} onClose={() => undefined} />);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus());
    expect(screen.getByRole('list', { name: 'Steps' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Confirm' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { name: 'Name' })).toHaveFocus();
  });

  it('says so when the loading takes longer than usual, and still takes the steps when they arrive', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { rerender } = render(<Flow run={() => undefined} onClose={() => undefined} ready={false} />);
      const status = screen.getByRole('status', { name: 'Loading…' });
      await act(() => vi.advanceTimersByTimeAsync(LOADING_PATIENCE_MS - 1));
      expect(status).not.toHaveTextContent('longer than usual');
      await act(() => vi.advanceTimersByTimeAsync(1));
      // Inside the status, so it is announced; the status keeps its name.
      expect(status).toHaveTextContent('Loading is taking longer than usual.');
      expect(screen.getByRole('status', { name: 'Loading…' })).toBe(status);
      rerender(<Flow run={() => undefined} onClose={() => undefined} />);
      expect(screen.getByRole('textbox', { name: 'Name' })).toBeInTheDocument();
      expect(screen.queryByText('Loading is taking longer than usual.')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a loading view, then moves focus into the steps when they arrive', async () => {
    const { rerender } = render(<Flow run={() => undefined} onClose={() => undefined} ready={false} />);
    expect(screen.getByRole('status', { name: 'Loading…' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('dialog', { name: 'New thing' })).toContainElement(
        document.activeElement as HTMLElement,
      ),
    );
    rerender(<Flow run={() => undefined} onClose={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('runs an action once however often it is pressed, even while nothing is busy yet', async () => {
    const user = userEvent.setup();
    let pass = () => undefined as void;
    const check = vi.fn(() => new Promise<void>((resolve) => (pass = resolve)));
    render(<Flow run={() => undefined} onClose={() => undefined} check={check} />);
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'x{Enter}{Enter}');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(check).toHaveBeenCalledTimes(1);

    await act(async () => pass());
    expect(screen.getByRole('heading', { name: 'Confirm' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('holds the primary button, Back and Close while a request runs', async () => {
    const user = userEvent.setup();
    let finish = () => undefined as void;
    const run = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const onClose = vi.fn();
    render(<Flow run={run} onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const create = screen.getByRole('button', { name: 'Create' });
    await user.click(create);
    await user.click(create);
    await user.keyboard('{Enter}');
    expect(run).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Creating…');
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();

    await act(async () => finish());
    expect(screen.getByRole('button', { name: 'Back' })).toBeEnabled();
    await user.click(create);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('asks before discarding unsaved input, and closes at once without it', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Flow run={() => undefined} onClose={onClose} />);
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'x');

    await user.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog', { name: 'Discard changes?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('x');

    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onClose).toHaveBeenCalledTimes(1);

    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe("a step's close guard", () => {
  const question = {
    title: 'Leave the secret?',
    description: 'It cannot be shown again.',
    confirm: 'Close anyway',
    cancel: 'Stay',
  };

  /** One step with a guard, a footer button that asks to close, and input that always counts as unsaved. */
  function Guarded({
    guard,
    onClose,
    withQuestion = true,
  }: {
    guard: (reason: StepCloseReason) => boolean;
    onClose: () => void;
    withQuestion?: boolean;
  }) {
    const navigation = useStepNavigation<'secret'>('secret');
    const steps: StepDialogStep<'secret'>[] = [
      {
        id: 'secret',
        label: 'Secret',
        content: <p>s3cret</p>,
        footer: (close) => <button onClick={close}>Done</button>,
        closeGuard: guard,
        closeQuestion: withQuestion ? question : undefined,
      },
    ];
    return (
      <StepDialog title="Secret" onClose={onClose} closeLabel="Close">
        <StepDialogSteps
          steps={steps}
          navigation={navigation}
          initialFocus={() => undefined}
          isDirty={() => true}
          labels={labels}
        />
      </StepDialog>
    );
  }

  it('keeps the dialog on Escape when the guard refuses, without asking', async () => {
    const user = userEvent.setup();
    const guard = vi.fn(() => false);
    const onClose = vi.fn();
    render(<Guarded guard={guard} onClose={onClose} />);
    await user.keyboard('{Escape}');
    expect(guard).toHaveBeenCalledWith('escape');
    expect(screen.getByRole('dialog', { name: 'Secret' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it("asks the step's question when the guard refuses the Close button; the safe choice has focus", async () => {
    const user = userEvent.setup();
    const guard = vi.fn(() => false);
    const onClose = vi.fn();
    render(<Guarded guard={guard} onClose={onClose} />);

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(guard).toHaveBeenCalledWith('close-button');
    const confirm = screen.getByRole('alertdialog', { name: 'Leave the secret?' });
    await waitFor(() => expect(within(confirm).getByRole('button', { name: 'Stay' })).toHaveFocus());
    await user.click(within(confirm).getByRole('button', { name: 'Stay' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: 'Close anyway' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('without a question, a refused Close button does nothing', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Guarded guard={() => false} onClose={onClose} withQuestion={false} />);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('lets the close go on to the discard question when the guard allows it', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Guarded guard={() => true} onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('alertdialog', { name: 'Discard changes?' })).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
