import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { Menu, MenuContent, MenuItem, MenuTrigger } from '../../src/components/ui/menu';
import { ThemeRoot, usePortalContainer } from '../../src/components/ui/theme';

describe('ThemeRoot', () => {
  it('hands its portal container out in the first render, so the page is drawn once, not twice', () => {
    const seen: (HTMLElement | null)[] = [];
    function Consumer() {
      seen.push(usePortalContainer());
      return <p>Page</p>;
    }
    const commits: string[] = [];
    const { container } = render(
      <Profiler id="page" onRender={(_, phase) => commits.push(phase)}>
        <ThemeRoot>
          <Consumer />
        </ThemeRoot>
      </Profiler>,
    );

    // One render and one commit: a container that arrived only with the commit would draw the page a second time.
    expect(seen).toHaveLength(1);
    expect(commits).toEqual(['mount']);
    const portalHost = seen[0];
    expect(portalHost).toBeInstanceOf(HTMLDivElement);
    expect(portalHost).toHaveAttribute('data-portal-host');
    // Inside the themed root, where the module's colours and fonts apply.
    const themed = container.querySelector('[data-api-tokens-admin]');
    expect(themed).not.toBeNull();
    expect(themed!.contains(portalHost!)).toBe(true);
  });

  it('draws a menu opened from the page inside the themed root, not in the document body', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ThemeRoot colorScheme="dark">
        <Menu>
          <MenuTrigger>Actions</MenuTrigger>
          <MenuContent label="Actions for Robot 1">
            <MenuItem onSelect={() => undefined}>Disable</MenuItem>
          </MenuContent>
        </Menu>
      </ThemeRoot>,
    );

    await user.click(screen.getByRole('button', { name: 'Actions' }));

    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Disable' })).toBeVisible();
    const themed = container.querySelector('[data-color-scheme="dark"]');
    expect(themed!.contains(menu)).toBe(true);
    expect(menu.closest('[data-portal-host]')).not.toBeNull();
  });
});
