// A counter's hint (issue 22, Layout): it shows for a mouse resting on the counter and for keyboard focus, and a
// click closes it, so nothing lingers over the toolbar below.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderModule } from '../../support/render-module';
import { searchOf } from '../grid/grid-helpers';
import { expectedCounts, findStrip, freezeDate } from './hygiene-support';

freezeDate();

async function findActiveCounter() {
  await findStrip();
  const expected = expectedCounts();
  return screen.findByRole('link', { name: `Active: ${expected.Active}` });
}

describe('hygiene strip: the counters’ hints', () => {
  it('shows the hint while the mouse rests on a counter and closes it on click', async () => {
    const { user, currentLocation } = renderModule();
    const active = await findActiveCounter();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.hover(active);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Tokens that can call the API');

    await user.click(active);
    await waitFor(() => expect(searchOf(currentLocation()).get('status')).toBe('Active'));
    // Still under the mouse and focused, but closed: only leaving and coming back shows it again.
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(active).toHaveFocus();

    await user.unhover(active);
    await user.hover(active);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Tokens that can call the API');
    // The description is there for screen readers whether the hint shows or not.
    await user.unhover(active);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(active).toHaveAccessibleDescription('Tokens that can call the API');
  });

  it('shows the hint on keyboard focus; Enter and Escape close it', async () => {
    const { user, currentLocation } = renderModule();
    const active = await findActiveCounter();
    // Tab from the element just before the strip (the Add link) onto the first counter.
    screen.getByRole('link', { name: 'Add' }).focus();
    await user.tab();
    expect(active).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Tokens that can call the API');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.tab();
    await user.tab({ shift: true });
    expect(active).toHaveFocus();
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(searchOf(currentLocation()).get('status')).toBe('Active'));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('does not open for a touch: a tap leaves nothing over the controls below', async () => {
    const { user, currentLocation } = renderModule();
    const active = await findActiveCounter();
    await user.pointer([{ keys: '[TouchA]', target: active }]);
    await waitFor(() => expect(searchOf(currentLocation()).get('status')).toBe('Active'));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
