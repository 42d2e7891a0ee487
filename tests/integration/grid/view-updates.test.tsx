// How the grid's view moves: two changes before the next render build on each other, and a change moves the
// address (and so the rows) once its rows are in or after a short wait, showing in the controls meanwhile.
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GridView } from '../../../src/features/api-tokens/model/grid-view';
import { ROWS_WAIT_MS, useGridView } from '../../../src/features/api-tokens/hooks/use-grid-view';

function renderView(onChange?: (next: GridView) => Promise<unknown> | void, entries: string[] = ['/tokens']) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={entries} initialIndex={entries.length - 1}>
      {children}
    </MemoryRouter>
  );
  return renderHook(() => ({ ...useGridView(onChange), location: useLocation(), navigate: useNavigate() }), {
    wrapper,
  });
}

/** Rows that arrive when the test says so. */
function rowsOnRequest() {
  let arrive = () => {};
  const promise = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return { promise, arrive: () => act(async () => arrive()) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useGridView', () => {
  it('keeps both of two updates made in the same tick', () => {
    const { result } = renderView();
    act(() => {
      result.current.setView({ q: 'slack' }, { replace: true });
      result.current.setView({ status: 'Active' });
    });
    const params = new URLSearchParams(result.current.location.search);
    expect(params.get('q')).toBe('slack');
    expect(params.get('status')).toBe('Active');
    expect(result.current.view.q).toBe('slack');
    expect(result.current.view.status).toBe('Active');
  });

  it('moves the address once the rows are in, showing the change in the controls meanwhile', async () => {
    // The wait never runs out here: only the rows' arrival can move the address.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const rows = rowsOnRequest();
    const { result } = renderView(() => rows.promise);
    act(() => void result.current.setView({ status: 'Disabled' }));

    expect(result.current.shownView.status).toBe('Disabled');
    expect(result.current.view.status).toBeNull();
    expect(result.current.location.search).toBe('');

    await rows.arrive();
    expect(result.current.location.search).toBe('?status=Disabled');
    expect(result.current.view.status).toBe('Disabled');
    expect(result.current.shownView).toBe(result.current.view);
  });

  it('moves the address after a short wait when the rows are slow, and only once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const rows = rowsOnRequest();
    const { result } = renderView(() => rows.promise);
    act(() => void result.current.setView({ page: 2 }));

    act(() => void vi.advanceTimersByTime(ROWS_WAIT_MS - 1));
    expect(result.current.location.search).toBe('');
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current.location.search).toBe('?page=2');
    const moved = result.current.location.key;

    await rows.arrive();
    expect(result.current.location.key).toBe(moved);
  });

  it('moves once for changes made while one waits, with a history entry if any of them wanted one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const rows = rowsOnRequest();
    const { result } = renderView(() => rows.promise, ['/tokens?sort=name']);
    act(() => void result.current.setView({ status: 'Active' }));
    // Typing in the search replaces its entry; the filter before it wanted one of its own.
    act(() => void result.current.setView({ q: 'slack' }, { replace: true }));
    expect(result.current.shownView).toMatchObject({ status: 'Active', q: 'slack' });

    await rows.arrive();
    const params = new URLSearchParams(result.current.location.search);
    expect([params.get('sort'), params.get('status'), params.get('q')]).toEqual(['name', 'Active', 'slack']);

    act(() => void result.current.navigate(-1));
    expect(result.current.location.search).toBe('?sort=name');
  });

  it('drops a change still waiting when the user goes Back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const rows = rowsOnRequest();
    const { result } = renderView(() => rows.promise, ['/tokens', '/tokens?status=Active']);
    act(() => void result.current.setView({ q: 'slack' }));

    act(() => void result.current.navigate(-1));
    expect(result.current.location.search).toBe('');
    expect(result.current.shownView.q).toBe('');

    await rows.arrive();
    act(() => void vi.advanceTimersByTime(ROWS_WAIT_MS));
    expect(result.current.location.search).toBe('');
    // The next change starts from the address Back went to, not from the dropped one.
    act(() => void result.current.setView({ status: 'Disabled' }));
    await act(async () => void vi.advanceTimersByTime(ROWS_WAIT_MS));
    expect(result.current.location.search).toBe('?status=Disabled');
  });
});
