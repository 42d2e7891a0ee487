import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FailureNote } from '../../src/components/ui/failure-note';
import { ApiError } from '../../src/lib/api-error';

describe('the failure note beside a detail that could not be read', () => {
  it('says why in its line and offers Retry where a second try can help', async () => {
    const retry = vi.fn();
    render(
      <p>
        <FailureNote
          error={new ApiError({ kind: 'http', status: 503, title: 'Unavailable' })}
          onRetry={retry}
        >
          Module names could not be loaded.
        </FailureNote>
      </p>,
    );
    expect(screen.getByRole('paragraph')).toHaveTextContent('Module names could not be loaded. Retry');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('offers no Retry for an answer that would only come again (no permission)', () => {
    render(
      <FailureNote error={new ApiError({ kind: 'http', status: 403, title: 'Forbidden' })} onRetry={() => {}}>
        Module names could not be loaded.
      </FailureNote>,
    );
    expect(screen.getByText('Module names could not be loaded.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});
