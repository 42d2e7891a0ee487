import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeferredErrorPanel } from '../../src/components/ui/deferred-error-panel';
import { ErrorPanel } from '../../src/components/ui/error-panel';
import { ReasonInSentence } from '../../src/components/ui/reason-in-sentence';
import { ApiError } from '../../src/lib/api-error';
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

  // The API writes its own words in English: on a page in another language they are marked so, and ours are not.
  it("marks the server's own words as English, and only those", () => {
    const gone = new ApiError({
      kind: 'http',
      status: 404,
      title: 'Not Found',
      detail: 'API token TKN-1 was not found.',
    });
    const { unmount } = render(<ErrorPanel error={gone} title="Could not load the API token" />);
    expect(screen.getByText('API token TKN-1 was not found.')).toHaveAttribute('lang', 'en');
    expect(screen.getByText(commonMessages.errors.notFound)).not.toHaveAttribute('lang');
    expect(screen.getByText('Could not load the API token')).not.toHaveAttribute('lang');
    unmount();

    // A conflict has no sentence of ours: the server's detail is the sentence.
    const conflict = new ApiError({
      kind: 'http',
      status: 409,
      title: 'Conflict',
      detail: 'The token is being changed.',
    });
    for (const Panel of [ErrorPanel, DeferredErrorPanel]) {
      const { unmount: done } = render(<Panel error={conflict} title="Could not save" />);
      expect(screen.getByText('The token is being changed.')).toHaveAttribute('lang', 'en');
      done();
    }
    const offline = new ApiError({ kind: 'network', status: 0, title: 'Network error' });
    render(<DeferredErrorPanel error={offline} title="Could not save" />);
    expect(screen.getByText(commonMessages.errors.network)).not.toHaveAttribute('lang');
  });

  it("marks the server's words inside one of our sentences, and leaves the sentence the page's", () => {
    const sentence = (reason: string) => `Could not check the name. ${reason} Try again later.`;
    const conflict = new ApiError({
      kind: 'http',
      status: 409,
      title: 'Conflict',
      detail: 'The search index is being rebuilt.',
    });
    const { container, unmount } = render(
      <p>
        <ReasonInSentence sentence={sentence} error={conflict} />
      </p>,
    );
    expect(container).toHaveTextContent(
      'Could not check the name. The search index is being rebuilt. Try again later.',
    );
    expect(screen.getByText('The search index is being rebuilt.')).toHaveAttribute('lang', 'en');
    expect(container.querySelectorAll('[lang]')).toHaveLength(1);
    unmount();

    // Our own words for the reason: nothing marked.
    const offline = new ApiError({ kind: 'network', status: 0, title: 'Network error' });
    const { container: ours } = render(
      <p>
        <ReasonInSentence sentence={sentence} error={offline} />
      </p>,
    );
    expect(ours).toHaveTextContent(
      `Could not check the name. ${commonMessages.errors.network} Try again later.`,
    );
    expect(ours.querySelectorAll('[lang]')).toHaveLength(0);
  });
});
