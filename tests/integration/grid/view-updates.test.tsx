// Two view changes before the next render (a search committed by its timer, then a click on a filter) build on
// each other: the second must not start again from the URL the first one replaced.
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useGridView } from '../../../src/features/api-tokens/hooks/use-grid-view';

function useViewAndLocation() {
  return { ...useGridView(), location: useLocation() };
}

describe('useGridView', () => {
  it('keeps both of two updates made in the same tick', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MemoryRouter initialEntries={['/tokens']}>{children}</MemoryRouter>
    );
    const { result } = renderHook(useViewAndLocation, { wrapper });
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
});
