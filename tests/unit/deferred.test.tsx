import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, cloneElement, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { deferredOverlay, type OverlayTriggerProps } from '../../src/components/ui/deferred-overlay';
import { ErrorBoundary } from '../../src/components/ui/error-boundary';
import { Menu as RealMenu, MenuContent, MenuItem, MenuTrigger } from '../../src/components/ui/menu';
import { deferred, retryableLazy } from '../../src/lib/deferred';
import { describeError } from '../../src/lib/error-message';
import { commonMessages } from '../../src/messages/common';

/** A loader the test settles by hand, like a chunk request still on the wire. */
function controlledLoader<T>(value: T) {
  let settle!: (ok: boolean) => void;
  let calls = 0;
  const load = () => {
    calls += 1;
    return new Promise<T>((resolve, reject) => {
      settle = (ok) => (ok ? resolve(value) : reject(new Error('chunk failed')));
    });
  };
  return { load, settle: (ok = true) => settle(ok), calls: () => calls };
}

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** Stands in for a Radix menu: the trigger toggles it, and it can start open. */
function FakeMenu({ trigger, defaultOpen = false, label }: OverlayTriggerProps & { label: string }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <>
      {cloneElement(trigger, { onClick: () => setOpen((was) => !was) })}
      {open ? <div role="menu" aria-label={label} /> : null}
    </>
  );
}

describe('deferred components', () => {
  it('shows the fallback until the code is in, then the component', async () => {
    const loader = controlledLoader(Greeting);
    const Lazy = deferred(loader.load);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy.Component name="Ada" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(Lazy.loaded).toBe(false);
    loader.settle();
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(Lazy.loaded).toBe(true);
  });

  it('renders at once, without a fallback, after a preload', async () => {
    const loader = controlledLoader(Greeting);
    const Lazy = deferred(loader.load);
    const preloaded = Lazy.preload();
    loader.settle();
    await preloaded;
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy.Component name="Grace" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
    // One request, however often it is asked for.
    await Lazy.preload();
    expect(loader.calls()).toBe(1);
  });

  it('tries again after a failed load', async () => {
    const loader = controlledLoader(Greeting);
    const Lazy = deferred(loader.load);
    const first = Lazy.preload();
    loader.settle(false);
    await expect(first).rejects.toThrow('chunk failed');
    const second = Lazy.preload();
    loader.settle(true);
    await second;
    expect(loader.calls()).toBe(2);
    expect(Lazy.loaded).toBe(true);
  });
});

describe('a chunk that failed to load', () => {
  /** An error boundary with a Retry, as the module and the edit dialog have. */
  function WithRetry({ children }: { children: React.ReactNode }) {
    return (
      <ErrorBoundary
        fallback={({ error, reset }) => (
          <>
            <p>{describeError(error)}</p>
            <button type="button" onClick={reset}>
              Retry
            </button>
          </>
        )}
      >
        <Suspense fallback={<p>Loading</p>}>{children}</Suspense>
      </ErrorBoundary>
    );
  }

  it('is asked for again by the Retry of a deferred component', async () => {
    const user = userEvent.setup();
    const loader = controlledLoader(Greeting);
    const Lazy = deferred(loader.load);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <WithRetry>
        <Lazy.Component name="Ada" />
      </WithRetry>,
    );
    loader.settle(false);
    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Loading')).toBeInTheDocument();
    loader.settle(true);
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(loader.calls()).toBe(2);
    quiet.mockRestore();
  });

  it('is asked for again by the Retry of a lazy route or dialog', async () => {
    const user = userEvent.setup();
    const loader = controlledLoader({ default: Greeting });
    const Route = retryableLazy(loader.load);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <WithRetry>
        <Route name="Grace" />
      </WithRetry>,
    );
    loader.settle(false);
    const retry = await screen.findByRole('button', { name: 'Retry' });
    // Said as what it is, not as "something went wrong".
    expect(screen.getByText(commonMessages.errors.codeNotLoaded)).toBeInTheDocument();
    // Failing again is shown again, not swallowed.
    await user.click(retry);
    loader.settle(false);
    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    loader.settle(true);
    expect(await screen.findByText('Hello Grace')).toBeInTheDocument();
    expect(loader.calls()).toBe(3);
    quiet.mockRestore();
  });
});

/** A real menu, as the grid's are: Radix tells a key from a click only from the moment it mounts. */
function ActionsMenu({ trigger, defaultOpen }: OverlayTriggerProps) {
  return (
    <RealMenu modal={false} defaultOpen={defaultOpen}>
      <MenuTrigger asChild>{trigger}</MenuTrigger>
      <MenuContent label="Actions for Robot">
        <MenuItem onSelect={() => {}}>Edit</MenuItem>
        <MenuItem onSelect={() => {}}>Delete</MenuItem>
      </MenuContent>
    </RealMenu>
  );
}

describe('deferred overlays', () => {
  it.each([
    ['Enter', '{Enter}'],
    ['Space', ' '],
    ['ArrowDown', '{ArrowDown}'],
  ])(
    'opened with %s before its code is in, a menu focuses its first item once it arrives',
    async (_, key) => {
      const user = userEvent.setup();
      const loader = controlledLoader(ActionsMenu);
      const Menu = deferredOverlay(deferred(loader.load), 'menu');
      render(<Menu trigger={<button type="button">Actions</button>} />);
      await user.tab();
      await user.keyboard(key);
      expect(screen.queryByRole('menu')).not.toBeInTheDocument();

      loader.settle();
      const menu = await screen.findByRole('menu');
      await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'Edit' })).toHaveFocus());
    },
  );

  it('opened with a click before its code is in, a menu takes focus itself, as Radix does for a pointer', async () => {
    const user = userEvent.setup();
    const loader = controlledLoader(ActionsMenu);
    const Menu = deferredOverlay(deferred(loader.load), 'menu');
    render(<Menu trigger={<button type="button">Actions</button>} />);
    await user.click(screen.getByRole('button', { name: 'Actions' }));

    loader.settle();
    const menu = await screen.findByRole('menu');
    await waitFor(() => expect(menu).toHaveFocus());
  });

  it('draws the trigger while the overlay loads, and a click before it arrives still opens it', async () => {
    const user = userEvent.setup();
    const loader = controlledLoader(FakeMenu);
    const Menu = deferredOverlay(deferred(loader.load), 'menu');
    render(<Menu label="Row actions" trigger={<button type="button">Actions</button>} />);

    const trigger = screen.getByRole('button', { name: 'Actions' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await user.click(trigger);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    loader.settle();
    expect(await screen.findByRole('menu', { name: 'Row actions' })).toBeInTheDocument();
  });

  it('does not load during the first paint, and stays closed when the code arrives unasked', async () => {
    const loader = controlledLoader(FakeMenu);
    const columns = deferred(loader.load);
    const Menu = deferredOverlay(columns, 'menu');
    render(<Menu label="Columns" trigger={<button type="button">Columns</button>} />);
    expect(loader.calls()).toBe(0);
    // What the page does once its first rows are drawn.
    const preloaded = columns.preload();
    loader.settle();
    await preloaded;
    // The loaded overlay draws its own trigger in place of the stand-in.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Columns' })).not.toHaveAttribute('aria-haspopup'),
    );
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('keeps keyboard focus on the button when the overlay arrives while it is focused', async () => {
    const user = userEvent.setup();
    const loader = controlledLoader(FakeMenu);
    const sort = deferred(loader.load);
    const Menu = deferredOverlay(sort, 'menu');
    render(<Menu label="Sort" trigger={<button type="button">Sort</button>} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Sort' })).toHaveFocus();

    void sort.preload();
    loader.settle();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Sort' })).not.toHaveAttribute('aria-haspopup'),
    );
    expect(screen.getByRole('button', { name: 'Sort' })).toHaveFocus();
  });

  it('with mountOnOpen, keeps the stand-in after the code is in and mounts the overlay on the first click', async () => {
    const user = userEvent.setup();
    const loader = controlledLoader(FakeMenu);
    const rowMenu = deferred(loader.load);
    const preloaded = rowMenu.preload();
    loader.settle();
    await preloaded;
    const Menu = deferredOverlay(rowMenu, 'menu', { mountOnOpen: true });
    render(<Menu label="Row" trigger={<button type="button">Row actions</button>} />);

    const standIn = screen.getByRole('button', { name: 'Row actions' });
    expect(standIn).toHaveAttribute('aria-haspopup', 'menu');
    await user.click(standIn);
    expect(screen.getByRole('menu', { name: 'Row' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Row actions' })).not.toHaveAttribute('aria-haspopup');
  });
});
