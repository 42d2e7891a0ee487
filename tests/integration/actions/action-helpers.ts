// Shared steps for the action tests: find a row, open its menu, read its status, wait for a message.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { expect, onTestFinished } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { holdAnswer } from '../../support/hold-answer';

/** The row's "•••" button. `hidden` also finds it while a modal dialog hides the grid from assistive tech. */
export async function findRowMenuButton(name: string) {
  return screen.findByRole('button', { name: `Actions for ${name}`, hidden: true });
}

export async function findRow(name: string): Promise<HTMLElement> {
  const button = await findRowMenuButton(name);
  const row = button.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

export function queryRow(name: string): HTMLElement | null {
  return screen.queryByRole('button', { name: `Actions for ${name}`, hidden: true })?.closest('tr') ?? null;
}

export function rowStatus(row: HTMLElement): string | undefined {
  return within(row).queryByText(/^(Active|Disabled)$/)?.textContent ?? undefined;
}

export async function chooseFromRowMenu(user: UserEvent, name: string, item: string) {
  await user.click(await findRowMenuButton(name));
  await user.click(await screen.findByRole('menuitem', { name: item }));
}

/** An item of the token page's "More actions" menu. */
export async function chooseFromPageMenu(user: UserEvent, item: string) {
  await user.click(await screen.findByRole('button', { name: 'More actions' }));
  await user.click(await screen.findByRole('menuitem', { name: item }));
}

/** The tokens the grid shows first (newest first), with their status in the mock. */
export function seededTokens(status?: 'Active' | 'Disabled') {
  const all = [...mockBackend.db.listTokens()].sort((a, b) =>
    b.audit.created.at.localeCompare(a.audit.created.at),
  );
  return status ? all.filter((t) => t.status === status) : all;
}

/** The first page of the default grid view: the newest ten. */
export function firstPageTokens() {
  return seededTokens().slice(0, 10);
}

export async function expectMessage(text: string | RegExp) {
  await waitFor(() => expect(screen.getAllByText(text).length).toBeGreaterThan(0));
}

export async function findDialog(name: string | RegExp) {
  return screen.findByRole('alertdialog', { name });
}

/** Holds the answer to one token's enable/disable/delete until `release()` (see holdAnswer). */
export function holdTokenRequest(method: 'post' | 'delete', path: string) {
  return holdAnswer(method, `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/${path}`);
}

/**
 * The server deletes the token when the request arrives, but the connection breaks before its answer: at once, or
 * once the test calls `release`.
 */
export function deleteThenBreak(id: string, { held = true } = {}) {
  let release!: () => void;
  const answer = new Promise<void>((resolve) => (release = resolve));
  if (held) onTestFinished(() => release());
  else release();
  server.use(
    http.delete(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/${id}`, async () => {
      mockBackend.db.deleteToken(id);
      await answer;
      return HttpResponse.error();
    }),
  );
  return { release };
}

/** Reading tokens again by ID (after a bulk run without answers) fails: only what was asked can tell them apart. */
export function failReadsById() {
  server.use(
    http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, ({ request }) =>
      decodeURIComponent(new URL(request.url).search).includes('in(id,')
        ? HttpResponse.json(
            { type: 'about:blank', title: 'Service Unavailable', status: 503 },
            { status: 503, headers: { 'content-type': 'application/problem+json' } },
          )
        : undefined,
    ),
  );
}
