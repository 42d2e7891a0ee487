import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { mockBackend, server } from '../mocks/node';
import { preloadAllDeferred } from '../src/lib/deferred';
import { switchLanguage } from '../src/embed/language';

// A screen that waits for an answer, a paint and a part drawn after it can take seconds on a busy machine: the
// first render of a file compiles every module it reaches. A wait returns as soon as what it looks for is there, so
// only a failing wait gets slower; tests hold answers rather than race them (mocks/README.md), so no test needs a
// wait to run out.
configure({ asyncUtilTimeout: 10_000 });

// Tests fail loudly: unknown requests are errors and so is any console.error.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// Menus, dialogs and toasts load after the first paint in the app; tests get them up front, as a user who waits a
// moment would (the loading path itself is tested in tests/unit/deferred.test.tsx).
beforeAll(() => preloadAllDeferred());
beforeEach(() => {
  mockBackend.reset();
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  // A test that switched the page's language puts English back (the message objects are shared).
  await switchLanguage('en');
});
afterAll(() => server.close());

// jsdom's Blob/File are not the ones Node's FormData and fetch understand: a logo sent as multipart would
// arrive as the text "undefined". Node's own classes make uploads in tests behave as in a browser.
globalThis.Blob = NodeBlob as unknown as typeof Blob;
globalThis.File = NodeFile as unknown as typeof File;

// jsdom lacks these; Radix primitives and the grid use them.
if (typeof window !== 'undefined') {
  window.HTMLElement.prototype.scrollIntoView ??= function scrollIntoView() {};
  window.HTMLElement.prototype.hasPointerCapture ??= () => false;
  window.HTMLElement.prototype.releasePointerCapture ??= () => {};
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
}
