import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import type { ModuleRecord } from '../../../mocks/db/types';
import { mockBackend, TEST_API_BASE_URL, server } from '../../../mocks/node';
import { ApiTokensProviders } from '../../../src/embed/providers';
import type { ApiTokensConfig } from '../../../src/embed/config';
import type { ApiToken } from '../../../src/features/api-tokens/api/types';
import { EditTokenDialog } from '../../../src/features/api-tokens/components/wizard/edit-token-dialog';
import { TEST_ACCESS_TOKEN, createTestQueryClient } from '../../support/render-module';

/**
 * jsdom brings its own Blob, File and FormData, which Node's fetch (undici, what msw intercepts) cannot
 * serialise: a multipart body would arrive with "undefined" parts. The wizard's tests swap in Node's own
 * classes, so a logo travels the way it does in a browser.
 */
export function installNodeFileApis() {
  beforeAll(async () => {
    const NodeFormData = (await new Response(new URLSearchParams('a=1')).formData()).constructor;
    vi.stubGlobal('Blob', NodeBlob);
    vi.stubGlobal('File', NodeFile);
    vi.stubGlobal('FormData', NodeFormData);
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A small file that starts like a PNG (enough for the client checks and the mock's byte sniffing). */
export function pngFile(name = 'logo.png', type = 'image/png'): File {
  return new File([new Uint8Array([...PNG_SIGNATURE, 0, 0, 0, 13])], name, { type });
}

/** A PDF named and typed as a PNG: only its bytes tell that it is no image. */
export function pdfAsPng(name = 'report.png'): File {
  return new File(['%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'], name, { type: 'image/png' });
}

/**
 * The file with its content reads held until `release()` is called, as a slow disk would hold them: lets a test
 * act while the logo's bytes are still being read, without relying on how long a read takes.
 */
export function withHeldReads(file: File): { file: File; release: () => void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const slice = file.slice.bind(file);
  Object.defineProperty(file, 'slice', {
    value: (...args: Parameters<File['slice']>) => {
      const part = slice(...args);
      const read = part.arrayBuffer.bind(part);
      Object.defineProperty(part, 'arrayBuffer', { value: () => gate.then(read) });
      return part;
    },
  });
  return { file, release };
}

/** A file whose reported size is faked: building real 5 MB buffers for every test is slow. */
export function withSize(file: File, size: number): File {
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

export interface CapturedRequest {
  method: string;
  url: URL;
  contentType: string;
  /** JSON body, or for multipart the parsed `token` part plus the `icon` file. */
  body: unknown;
  icon: File | null;
}

/** Records the requests matching method and path (as the app sent them), without changing how they are answered. */
export function captureRequests(method: string, pathPattern: RegExp) {
  const captured: Promise<CapturedRequest>[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (request.method !== method || !pathPattern.test(url.pathname)) return;
    const copy = request.clone();
    captured.push(
      (async () => {
        const contentType = copy.headers.get('content-type') ?? '';
        if (contentType.startsWith('multipart/form-data')) {
          const form = await copy.formData();
          const part = form.get('token');
          const icon = form.get('icon');
          return {
            method,
            url,
            contentType,
            body: part === null ? null : JSON.parse(typeof part === 'string' ? part : await part.text()),
            icon:
              icon instanceof NodeFile || (icon !== null && typeof icon !== 'string') ? (icon as File) : null,
          };
        }
        const text = await copy.text();
        return { method, url, contentType, body: text ? JSON.parse(text) : null, icon: null };
      })(),
    );
  };
  server.events.on('request:start', listener);
  afterEach(() => {
    server.events.removeListener('request:start', listener);
  });
  return {
    get count() {
      return captured.length;
    },
    all: () => Promise.all(captured),
    stop: () => server.events.removeListener('request:start', listener),
  };
}

export const API_TOKENS_PATH = /\/public\/v1\/accounts\/api-tokens$/;
export const tokenPath = (id: string) => new RegExp(`/public/v1/accounts/api-tokens/${id}$`);

/** The account's modules as the mock lists them, each passed through `change` (one made different for a test). */
export function serveModulesChanged(change: (module: Omit<ModuleRecord, 'audit'>) => object) {
  server.use(
    http.get(`${TEST_API_BASE_URL}/public/v1/accounts/modules`, () => {
      const data = mockBackend.db.listModules().map(({ audit: _audit, ...module }) => change(module));
      return HttpResponse.json({
        $meta: { pagination: { offset: 0, limit: 100, total: data.length }, omitted: ['audit'] },
        data,
      });
    }),
  );
}

export async function findWizard() {
  // The first render loads the lazy route's code, which can take a while on a busy machine.
  return screen.findByRole('dialog', { name: 'Add API token' }, { timeout: 10_000 });
}

/** The step list item marked as the current step. */
export function currentStep(dialog: HTMLElement): string {
  const list = within(dialog).getByRole('list', { name: 'Steps' });
  const current = list.querySelector('[aria-current="step"]');
  return current?.textContent ?? '';
}

export async function fillGeneral(
  user: UserEvent,
  dialog: HTMLElement,
  values: { name: string; description?: string },
) {
  const name = within(dialog).getByRole('textbox', { name: 'API token name' });
  await user.clear(name);
  await user.type(name, values.name);
  if (values.description !== undefined) {
    const description = within(dialog).getByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, values.description);
  }
}

/** Ticks modules by name once the list has loaded. */
export async function chooseModules(user: UserEvent, dialog: HTMLElement, names: string[]) {
  for (const name of names) await user.click(await within(dialog).findByRole('checkbox', { name }));
}

export async function next(user: UserEvent, dialog: HTMLElement) {
  await user.click(within(dialog).getByRole('button', { name: 'Next' }));
}

/** General (name) → Modules (the given modules) → Overview. */
export async function goToOverview(user: UserEvent, dialog: HTMLElement, name: string, modules: string[]) {
  await fillGeneral(user, dialog, { name });
  await next(user, dialog);
  await chooseModules(user, dialog, modules);
  await next(user, dialog);
  await within(dialog).findByRole('heading', { name: /Overview/ });
  expect(currentStep(dialog)).toContain('Overview');
}

export interface RenderEditOptions {
  token: ApiToken;
  config?: Partial<ApiTokensConfig>;
}

/** The Edit dialog as the actions provider opens it, inside the module's real providers. */
export function renderEditDialog({ token, config }: RenderEditOptions) {
  const queryClient = createTestQueryClient();
  const notify = vi.fn();
  const onOpenChange = vi.fn();
  const fullConfig: ApiTokensConfig = {
    apiBaseUrl: TEST_API_BASE_URL,
    getAccessToken: () => TEST_ACCESS_TOKEN,
    queryClient,
    locale: 'en-GB',
    timeZone: 'UTC',
    notify,
    ...config,
  };
  const user = userEvent.setup();
  const result = render(
    <ApiTokensProviders config={fullConfig}>
      <EditTokenDialog token={token} open onOpenChange={onOpenChange} />
    </ApiTokensProviders>,
  );
  return { ...result, user, queryClient, notify, onOpenChange };
}

/** Everything the QueryClient holds, as text, to prove a secret never landed in it. */
export function serializedQueryCache(queryClient: ReturnType<typeof createTestQueryClient>): string {
  return JSON.stringify([
    queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.state.data),
    queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state.data),
  ]);
}
