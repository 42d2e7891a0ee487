import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThemeRoot } from '../../src/components/ui/theme';
import { SignOut } from '../../src/standalone/sign-in';

// What the module's secret hand-over registers while a new token's secret is at stake.
function holdTheSecret(event: Event) {
  event.preventDefault();
}

afterEach(() => window.removeEventListener('beforeunload', holdTheSecret));

describe('Sign out (real-API mode)', () => {
  it('signs out at once when leaving the page would lose nothing', async () => {
    const user = userEvent.setup();
    const onSignOut = vi.fn();
    render(
      <ThemeRoot>
        <SignOut onSignOut={onSignOut} />
      </ThemeRoot>,
    );
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('asks first while something on the page holds the way out, and staying is the first choice', async () => {
    window.addEventListener('beforeunload', holdTheSecret);
    const user = userEvent.setup();
    const onSignOut = vi.fn();
    render(
      <ThemeRoot>
        <SignOut onSignOut={onSignOut} />
      </ThemeRoot>,
    );
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    const question = await screen.findByRole('alertdialog', { name: 'Sign out and lose the new API token?' });
    expect(question).toHaveTextContent('cannot be shown again');
    expect(screen.getByRole('button', { name: 'Stay signed in' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onSignOut).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.click(await screen.findByRole('button', { name: 'Sign out anyway' }));
    expect(onSignOut).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
