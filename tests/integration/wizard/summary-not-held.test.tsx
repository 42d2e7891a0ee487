import { waitFor, within } from '@testing-library/react';
import { describe, expect, onTestFinished, test } from 'vitest';
import { mockBackend, server } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import { API_TOKENS_PATH, currentStep, findWizard, goToOverview } from './wizard-support';

// docs/product-rules.md, 'Token states and actions': refreshing after a write is never waited for. For a create
// that matters most: the new secret is shown as soon as the create has answered, while the grid is read again.

describe('the new secret is not held up by the reads after the create', () => {
  test('the Summary shows while the lists and counts have not answered', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await goToOverview(user, dialog, 'Held behind the lists', ['Billing']);

    let created = false;
    const listener = ({ request, response }: { request: Request; response: Response }) => {
      if (request.method === 'POST' && API_TOKENS_PATH.test(new URL(request.url).pathname) && response.ok)
        created = true;
    };
    server.events.on('response:mocked', listener);
    onTestFinished(() => server.events.removeListener('response:mocked', listener));

    // The create goes through at once; the reads after it (lists, counts) never answer.
    mockBackend.setScenario({ failures: { list: 'hang' } });
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(created).toBe(true));

    await waitFor(() => expect(currentStep(dialog)).toContain('Summary'));
    const field = within(dialog).getByRole('textbox', { name: 'API token' }) as HTMLTextAreaElement;
    expect(field.value).toMatch(/^idt:TKN-\d{4}-\d{4}:/);
  }, 20_000);
});
