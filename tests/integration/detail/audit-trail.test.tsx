import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { holdAnswer } from '../../support/hold-answer';
import { renderModule } from '../../support/render-module';
import { addAuditRecords, seededToken } from './support';

const AUDIT_URL = `${TEST_API_BASE_URL}/public/v1/audit/records`;

function recordAuditRequests(): string[] {
  const queries: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (`${url.origin}${url.pathname}` === AUDIT_URL) queries.push(decodeURIComponent(url.search.slice(1)));
  });
  return queries;
}

async function openAuditTrail(tokenId: string, search = '') {
  const rendered = renderModule({ path: `/${tokenId}/audit-trail`, search });
  const panel = await screen.findByRole('tabpanel', { name: 'Audit trail' });
  const list = await within(panel).findByRole('list', { name: 'Audit trail' });
  return { ...rendered, panel, list };
}

describe('Audit trail tab', () => {
  it('asks for the token’s records newest first and shows time, event, summary and actor', async () => {
    const token = seededToken();
    addAuditRecords(token.id, 2);
    const queries = recordAuditRequests();
    const { list } = await openAuditTrail(token.id);

    expect(queries[0]).toBe(`eq(object.id,"${token.id}")&order=-timestamp,-id&limit=10&offset=0`);
    const expected = mockBackend.db
      .listAuditRecords()
      .filter((r) => r.object.id === token.id)
      .sort((a, b) => b.timestamp.localeCompare(a.timestamp));
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(expected.length);

    const times = items.map((item) => item.querySelector('time')?.getAttribute('dateTime') ?? '');
    expect([...times].sort().reverse()).toEqual(times);
    const oldest = items[items.length - 1] as HTMLElement;
    const created = expected.find((r) => r.event.endsWith('.created'));
    expect(oldest).toHaveTextContent('Created');
    expect(oldest).toHaveTextContent(created?.summary as string);
    expect(oldest).toHaveTextContent(created?.actor.name as string);
    expect(oldest).toHaveTextContent(created?.actor.id as string);
    expect(oldest).toHaveTextContent('User');
    expect(items[0]).toHaveTextContent('Updated');
  });

  it('pages through a long trail with Previous, Next and the page size, keeping the page in the URL', async () => {
    const token = seededToken();
    addAuditRecords(token.id, 23);
    const total = mockBackend.db.listAuditRecords().filter((r) => r.object.id === token.id).length;
    const queries = recordAuditRequests();
    const { user, panel, currentLocation } = await openAuditTrail(token.id);
    const pager = within(panel).getByRole('navigation', { name: 'Audit trail pages' });

    expect(pager).toHaveTextContent(`1–10 of ${total} records`);
    const firstPage = within(panel)
      .getAllByRole('listitem')
      .map((item) => item.textContent);

    await user.click(within(pager).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(pager).toHaveTextContent(`11–20 of ${total} records`));
    expect(currentLocation()?.search).toBe('?page=2');
    expect(queries).toContain(`eq(object.id,"${token.id}")&order=-timestamp,-id&limit=10&offset=10`);
    const secondPage = within(panel)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(secondPage).toHaveLength(10);
    expect(secondPage.some((text) => firstPage.includes(text))).toBe(false);

    await user.click(within(pager).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(pager).toHaveTextContent(`21–${total} of ${total} records`));
    // At the last page Next is unavailable but keeps focus: a disabled button would drop it to the page's top.
    const next = within(pager).getByRole('button', { name: 'Next' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(currentLocation()?.search).toBe('?page=3');
    expect(pager).toHaveTextContent(`21–${total} of ${total} records`);

    await user.click(within(pager).getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(pager).toHaveTextContent(`11–20 of ${total} records`));

    await user.selectOptions(within(pager).getByRole('combobox', { name: 'Records per page' }), '25');
    await waitFor(() => expect(pager).toHaveTextContent(`1–${Math.min(25, total)} of ${total} records`));
    expect(currentLocation()?.search).toBe('?size=25');
    expect(queries).toContain(`eq(object.id,"${token.id}")&order=-timestamp,-id&limit=25&offset=0`);
  });

  it('shows every record once across pages when many share one instant', async () => {
    const token = seededToken();
    // Twelve edits in the same millisecond, each naming the token differently so every record reads apart.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T09:00:00Z'));
      for (let i = 1; i <= 12; i++) mockBackend.db.updateToken(token.id, { name: `Same instant ${i}` });
    } finally {
      vi.useRealTimers();
    }
    const total = mockBackend.db.listAuditRecords().filter((r) => r.object.id === token.id).length;
    // Without a tie-breaker a database may order equal timestamps differently from one query to the next; this
    // stand-in flips them on every other page. Requests that break ties by id reach the mock unchanged.
    server.use(
      http.get(AUDIT_URL, ({ request }) => {
        const url = new URL(request.url);
        const order = /(?:^|&)order=([^&]*)/.exec(url.search.slice(1))?.[1] ?? '';
        if (
          decodeURIComponent(order)
            .split(',')
            .some((key) => key.replace(/^[-+]/, '') === 'id')
        )
          return undefined;
        const offset = Number(/(?:^|&)offset=(\d+)/.exec(url.search.slice(1))?.[1] ?? 0);
        // Kept raw: URLSearchParams would rewrite the RQL expression into a key=value pair.
        url.search = url.search.replace(
          `order=${order}`,
          `order=${order},${(offset / 10) % 2 === 0 ? '-' : ''}id`,
        );
        return fetch(url, { headers: request.headers });
      }),
    );
    const { user, panel } = await openAuditTrail(token.id);
    const pager = within(panel).getByRole('navigation', { name: 'Audit trail pages' });
    const summaries = () =>
      within(panel)
        .getAllByRole('listitem')
        .map((item) => /API token “[^”]*” was \w+/.exec(item.textContent ?? '')?.[0]);
    const seen = summaries();
    await user.click(within(pager).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(pager).toHaveTextContent(`11–${total} of ${total} records`));
    seen.push(...summaries());
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('opens on the page the URL names, as after a reload', async () => {
    const token = seededToken();
    addAuditRecords(token.id, 12);
    const total = mockBackend.db.listAuditRecords().filter((r) => r.object.id === token.id).length;
    const { panel } = await openAuditTrail(token.id, '?page=2');
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Audit trail');
    expect(within(panel).getByRole('navigation', { name: 'Audit trail pages' })).toHaveTextContent(
      `11–${total} of ${total} records`,
    );
  });

  it('shows a record as readable JSON on demand', async () => {
    const token = seededToken(
      (t) => mockBackend.db.listAuditRecords().filter((r) => r.object.id === t.id).length === 1,
    );
    const { user, list } = await openAuditTrail(token.id);
    const item = within(list).getAllByRole('listitem')[0] as HTMLElement;
    const record = mockBackend.db.listAuditRecords().find((r) => r.object.id === token.id);
    // Each record's toggle says which record it shows: a page holds ten of them.
    const toggle = within(item).getByRole('button', { name: `Show JSON ${record?.id}` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName(`Hide JSON ${record?.id}`);
    const code = within(item).getByLabelText(`Audit record ${record?.id} as JSON`);
    expect(code.tagName).toBe('PRE');
    expect(code.textContent).toBe(JSON.stringify(record, null, 2));
    expect(document.getElementById(toggle.getAttribute('aria-controls') as string)).toContainElement(code);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(item).queryByLabelText(`Audit record ${record?.id} as JSON`)).not.toBeInTheDocument();
  });

  it('renders names in records as text, never as markup', async () => {
    const token = seededToken();
    mockBackend.db.updateToken(token.id, { name: '<img src=x onerror=alert(1)>' });
    const { user, list } = await openAuditTrail(token.id);
    const item = within(list).getAllByRole('listitem')[0] as HTMLElement;
    await user.click(within(item).getByRole('button', { name: /^Show JSON/ }));
    expect(item.querySelector('img')).toBeNull();
    expect(item).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('says when there are no records yet', async () => {
    const token = seededToken();
    server.use(
      http.get(AUDIT_URL, () =>
        HttpResponse.json({ $meta: { pagination: { offset: 0, limit: 10, total: 0 } }, data: [] }),
      ),
    );
    renderModule({ path: `/${token.id}/audit-trail` });
    expect(await screen.findByText('No audit records yet.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Audit trail pages' })).not.toBeInTheDocument();
  });

  it('writes the summaries’ quotes as the rest of the page does (“…”), whatever the server sends', async () => {
    const token = seededToken();
    const records = mockBackend.db
      .listAuditRecords()
      .filter((r) => r.object.id === token.id)
      .map((r) => ({
        ...r,
        summary: `API token "${token.name}" was updated.`,
        details: 'Changed name from "Old" to "New".',
      }));
    server.use(
      http.get(AUDIT_URL, () =>
        HttpResponse.json({
          $meta: { pagination: { offset: 0, limit: 10, total: records.length } },
          data: records,
        }),
      ),
    );
    const { list } = await openAuditTrail(token.id);
    const [first] = within(list).getAllByRole('listitem');
    expect(within(first!).getByText(`API token “${token.name}” was updated.`)).toBeInTheDocument();
    expect(within(first!).getByText('Changed name from “Old” to “New”.')).toBeInTheDocument();
  });

  it('has typographic quotes in the mock’s own summaries', async () => {
    const token = seededToken();
    const { list } = await openAuditTrail(token.id);
    const created = within(list).getAllByRole('listitem').at(-1)!;
    expect(created).toHaveTextContent(`API token “${token.name}” was created.`);
  });

  it('keeps the rows shown when the next page fails, says so at the pager with Retry, and keeps focus on Next', async () => {
    const token = seededToken();
    addAuditRecords(token.id, 23);
    const { user, panel, currentLocation } = await openAuditTrail(token.id);
    const texts = () =>
      within(within(panel).getByRole('list', { name: 'Audit trail' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    const firstPage = texts();
    mockBackend.setScenario({ failures: { audit: 500 } });
    const pager = within(panel).getByRole('navigation', { name: 'Audit trail pages' });
    const next = within(pager).getByRole('button', { name: 'Next' });
    await user.click(next);

    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent(/^Could not load page 2\. /);
    expect(currentLocation()?.search).toBe('?page=2');
    // What was shown stays, with its own range, and so does the pager with the control just used.
    expect(texts()).toEqual(firstPage);
    expect(pager).toBeInTheDocument();
    expect(pager).toHaveTextContent(/1–10 of \d+ records/);
    // The page box says the page whose rows are shown, as the range does; the failure names the one asked for.
    expect(within(pager).getByRole('textbox', { name: /^Page number/ })).toHaveValue('1');
    expect(next).toHaveFocus();

    // Retry reads that page again.
    mockBackend.setScenario({ failures: {} });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(pager).toHaveTextContent(/11–20 of \d+ records/));
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    expect(texts().some((text) => firstPage.includes(text))).toBe(false);
    // Retry went with its note: focus lands on the trail's card, not on the page's top.
    await waitFor(() => expect(within(panel).getByRole('region', { name: 'Audit trail' })).toHaveFocus());
  });

  it('keeps a failed page’s note while Retry reads it again, and says each further failure once', async () => {
    const token = seededToken();
    addAuditRecords(token.id, 23);
    const queries = recordAuditRequests();
    const { user, panel } = await openAuditTrail(token.id);
    mockBackend.setScenario({ failures: { audit: 500 } });
    const pager = within(panel).getByRole('navigation', { name: 'Audit trail pages' });
    const box = within(pager).getByRole('textbox', { name: /^Page number/ });
    await user.click(within(pager).getByRole('button', { name: 'Next' }));
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent(/^Could not load page 2\. /);
    const list = within(panel).getByRole('list', { name: 'Audit trail' });
    await waitFor(() => expect(list).not.toHaveAttribute('aria-busy'));

    // A live region speaks what is added to it (or a text changed in it): record what is, from here on.
    const said: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (node.textContent) said.push(node.textContent);
      if (records.some((record) => record.type === 'characterData')) said.push(alert.textContent ?? '');
    });
    observer.observe(alert, { childList: true, subtree: true, characterData: true });
    try {
      const retry = within(alert).getByRole('button', { name: 'Retry' });
      const asked = queries.length;
      // Each read's answer waits until the test lets it go, so the read in flight is on screen.
      let answer = holdAnswer('get', AUDIT_URL);
      await user.click(retry);
      await waitFor(() => expect(list).toHaveAttribute('aria-busy', 'true'));
      // Meanwhile the note, its Retry with focus and the page shown stay, and nothing is said.
      expect(alert).toBeInTheDocument();
      expect(retry).toHaveFocus();
      expect(box).toHaveValue('1');
      expect(pager).toHaveTextContent(/1–10 of \d+ records/);
      expect(said).toEqual([]);
      answer.release();
      await waitFor(() => expect(said).toHaveLength(1));
      expect(said[0]).toMatch(/^Still could not load page 2\. /);
      expect(alert).toHaveTextContent(/^Still could not load page 2\. /);
      expect(queries).toHaveLength(asked + 1);
      await waitFor(() => expect(list).not.toHaveAttribute('aria-busy'));
      expect(retry).toHaveFocus();

      // A third failure is a new one too, though its words are the same.
      answer = holdAnswer('get', AUDIT_URL);
      await user.click(retry);
      await waitFor(() => expect(list).toHaveAttribute('aria-busy', 'true'));
      expect(said).toHaveLength(1);
      answer.release();
      await waitFor(() => expect(said).toHaveLength(2));
      expect(said[1]).toMatch(/^Still could not load page 2\. /);
      expect(queries).toHaveLength(asked + 2);
      await waitFor(() => expect(list).not.toHaveAttribute('aria-busy'));
      expect(within(panel).getByRole('alert')).toBe(alert);
      expect(retry).toHaveFocus();
      // Nothing was said twice for one failure.
      expect(said).toHaveLength(2);
    } finally {
      observer.disconnect();
    }
  });

  it('moves from the page shown when a page failed: Previous to the one before it, Next to the failed one again', async () => {
    const token = seededToken();
    addAuditRecords(token.id, 23);
    const queries = recordAuditRequests();
    const { user, panel, currentLocation } = await openAuditTrail(token.id, '?page=2');
    const pager = within(panel).getByRole('navigation', { name: 'Audit trail pages' });
    const box = within(pager).getByRole('textbox', { name: /^Page number/ });
    await waitFor(() => expect(pager).toHaveTextContent(/11–20 of \d+ records/));
    mockBackend.setScenario({ failures: { audit: 500 } });
    await user.click(within(pager).getByRole('button', { name: 'Next' }));
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent(/^Could not load page 3\. /);
    expect(currentLocation()?.search).toBe('?page=3');
    expect(pager).toHaveTextContent(/11–20 of \d+ records/);
    expect(box).toHaveValue('2');

    // Next onto the page that failed reads it again, as Retry does, where the address already is.
    const asked = queries.length;
    await user.click(within(pager).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(queries.length).toBe(asked + 1));
    expect(queries.at(-1)).toMatch(/&limit=10&offset=20$/);
    expect(currentLocation()?.search).toBe('?page=3');
    await waitFor(() =>
      expect(within(panel).getByRole('list', { name: 'Audit trail' })).not.toHaveAttribute('aria-busy'),
    );
    expect(box).toHaveValue('2');

    // The page shown, typed into the box, is asked for: the address goes back to it and the failure goes.
    expect(await within(panel).findByRole('alert')).toHaveTextContent(/^Still could not load page 3\. /);
    mockBackend.setScenario({ failures: {} });
    const before = queries.length;
    await user.clear(box);
    await user.type(box, '2{Enter}');
    expect(currentLocation()?.search).toBe('?page=2');
    await waitFor(() => expect(within(panel).queryByRole('alert')).not.toBeInTheDocument());
    expect(pager).toHaveTextContent(/11–20 of \d+ records/);
    expect(box).toHaveValue('2');
    // Only a box typed into asks: focused and left, it sends nothing.
    await waitFor(() =>
      expect(within(panel).getByRole('list', { name: 'Audit trail' })).not.toHaveAttribute('aria-busy'),
    );
    const settled = queries.length;
    expect(settled).toBeGreaterThanOrEqual(before);
    await user.click(box);
    await user.tab();
    expect(queries.length).toBe(settled);
    expect(currentLocation()?.search).toBe('?page=2');

    // From page 3 failing again, Previous leads to the page before the one shown, away from the failure.
    mockBackend.setScenario({ failures: { audit: 500 } });
    await user.click(within(pager).getByRole('button', { name: 'Next' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(/^Could not load page 3\. /);
    expect(box).toHaveValue('2');
    mockBackend.setScenario({ failures: {} });
    await user.click(within(pager).getByRole('button', { name: 'Previous' }));
    expect(currentLocation()?.search).toBe('');
    await waitFor(() => expect(within(panel).queryByRole('alert')).not.toBeInTheDocument());
    expect(pager).toHaveTextContent(/1–10 of \d+ records/);
    expect(box).toHaveValue('1');
  });

  it('shows a failure with Retry', async () => {
    const token = seededToken();
    mockBackend.setScenario({ failures: { audit: 500 } });
    const { user } = renderModule({ path: `/${token.id}/audit-trail` });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the audit trail');
    // The rest of the page still works.
    expect(screen.getByRole('heading', { level: 1, name: token.name })).toBeInTheDocument();

    mockBackend.reset();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Audit trail' })).toBeInTheDocument();
  });
});
