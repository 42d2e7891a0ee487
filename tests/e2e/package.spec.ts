import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Route } from '@playwright/test';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/http/server';
import { keepScreenshot } from './support/layout';

// The package as the portal gets it: packed, installed from the tarball into a throwaway host with its own
// package.json, layout and router, on other patch versions of React, React DOM, React Router and React Query
// than ours (inside our peer ranges), built with Vite and driven in Chromium against the mock API over HTTP.

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
const HOST_SOURCES = join(HERE, 'package-host');
/** Deliberately not the versions in our package-lock.json: the host's copies must be the only ones. */
const HOST_VERSIONS = {
  react: '19.3.0',
  'react-dom': '19.3.0',
  'react-router': '7.18.6',
  '@tanstack/react-query': '5.108.2',
  '@types/react': '19.3.3',
  '@types/react-dom': '19.3.0',
};
/** What importing the package may add to the host's Home page, gzipped JS (README, "Embedding in the portal"). */
const HOME_PAGE_BUDGET_GZIP = 12 * 1024;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function writeHost(dir: string, tarball: string) {
  mkdirSync(join(dir, 'src'), { recursive: true });
  for (const file of readdirSync(HOST_SOURCES))
    copyFileSync(join(HOST_SOURCES, file), join(dir, 'src', file));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'portal-host',
      private: true,
      type: 'module',
      dependencies: { '@softwareone/api-tokens-admin': `file:${tarball}`, ...HOST_VERSIONS },
    }),
  );
  const page = (script: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title></head>` +
    `<body><div id="root"></div><script type="module" src="/src/${script}"></script></body></html>`;
  writeFileSync(join(dir, 'index.html'), page('main.tsx'));
  writeFileSync(join(dir, 'alone.html'), page('alone.tsx'));
  writeFileSync(
    join(dir, 'vite.config.mjs'),
    // The server puts a fresh nonce into the page and its policy; Vite marks where (html.cspNonce).
    `export default { logLevel: 'warn', html: { cspNonce: '__CSP_NONCE__' }, build: { manifest: true, rolldownOptions: { input: ['index.html', 'alone.html'] } } };\n`,
  );
  // A strict host: every declaration file is checked, ours included.
  for (const [name, resolution] of [
    ['bundler', { module: 'ESNext', moduleResolution: 'bundler' }],
    ['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
  ] as const)
    writeFileSync(
      join(dir, `tsconfig.${name}.json`),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          ...resolution,
          jsx: 'react-jsx',
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: [],
        },
        include: ['src'],
      }),
    );
}

/** Gzipped size of the JS an HTML entry loads before anything else: its script and the chunks it imports statically. */
function initialJs(dist: string, entry: string): { gzip: number; code: string } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; imports?: string[] }
  >;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    manifest[key].imports?.forEach(visit);
  };
  visit(entry);
  const code = [...seen].map((key) => readFileSync(join(dist, manifest[key]!.file), 'utf8')).join('\n');
  const gzip = [...seen].reduce(
    (sum, key) => sum + gzipSync(readFileSync(join(dist, manifest[key]!.file)), { level: 9 }).length,
    0,
  );
  return { gzip, code };
}

function allJs(dist: string): string {
  return readdirSync(join(dist, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dist, 'assets', file), 'utf8'))
    .join('\n');
}

test.describe('the packed library in a portal of its own', () => {
  test.describe.configure({ mode: 'serial' });
  let work = '';
  let host = '';
  let server: MockHttpServer;

  test.beforeAll(async () => {
    test.setTimeout(6 * 60_000);
    work = mkdtempSync(join(tmpdir(), 'api-tokens-package-'));
    host = join(work, 'host');
    run('npm', ['run', '--silent', 'build:lib'], REPO);
    const packed = run('npm', ['pack', '--silent', '--pack-destination', work], REPO)
      .trim()
      .split('\n')
      .pop()!;
    writeHost(host, join(work, packed));
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], host);
    run(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build'], host);
    server = await startMockHttpServer({ port: 0, staticDir: join(host, 'dist') });
  });

  test.afterAll(async () => {
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('the host has one React, its own, and one copy of each peer', () => {
    const manifest = (name: string) => join('node_modules', name, 'package.json');
    const nested = run(
      'find',
      ['node_modules', '-path', '*/node_modules/*/node_modules/*', '-name', 'package.json'],
      host,
    )
      .split('\n')
      .filter((file) =>
        /\/node_modules\/(react|react-dom|react-router|@tanstack\/react-query)\/package\.json$/.test(file),
      );
    expect(nested).toEqual([]);
    for (const [name, version] of Object.entries(HOST_VERSIONS))
      expect(JSON.parse(readFileSync(join(host, manifest(name)), 'utf8')).version).toBe(version);
    const code = allJs(join(host, 'dist'));
    // React and React DOM carry their version; ours (19.3.1) must not be in the bundle.
    // (Asserted as booleans: a failure must not print megabytes of bundle.)
    expect(/["'`]19\.3\.0["'`]/.test(code), 'the host React 19.3.0 in the bundle').toBe(true);
    expect(/["'`]19\.3\.1["'`]/.test(code), 'our React 19.3.1 in the bundle').toBe(false);
  });

  test('the host type-checks strictly (skipLibCheck off) with bundler and nodenext resolution', () => {
    const tsc = join(REPO, 'node_modules/typescript/bin/tsc');
    for (const config of ['tsconfig.bundler.json', 'tsconfig.nodenext.json']) {
      let output = '';
      try {
        run(process.execPath, [tsc, '-p', config], host);
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output, config).toBe('');
    }
  });

  test(`the Home page pays at most ${HOME_PAGE_BUDGET_GZIP / 1024} KB of gzipped JS for the module`, () => {
    const dist = join(host, 'dist');
    const withModule = initialJs(dist, 'index.html');
    const alone = initialJs(dist, 'alone.html');
    const cost = withModule.gzip - alone.gzip;
    test.info().annotations.push({ type: 'home page cost', description: `${cost} bytes gzipped` });
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(HOME_PAGE_BUDGET_GZIP);
    // The grid (TanStack Table) waits for the module's route.
    expect(/getCoreRowModel/.test(withModule.code), 'TanStack Table on the Home page').toBe(false);
    expect(/getCoreRowModel/.test(allJs(dist)), 'TanStack Table in a lazy chunk').toBe(true);
  });

  function watchErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    return errors;
  }

  const newestActive = () =>
    [...server.backend.db.listTokens()]
      .filter((token) => token.status === 'Active')
      .sort((a, b) => b.audit.created.at.localeCompare(a.audit.created.at))[0]!;

  for (const [way, menuEntry] of [
    ['route objects in a data router', 'API tokens'],
    ['the component under a splat route', 'API tokens (component)'],
  ] as const)
    test(`mounted as ${way}: rows after a client-side navigation, a token opens, a disable works`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      await page.goto(`${server.url}/`);
      await expect(page.getByRole('heading', { name: 'Portal home' })).toBeVisible();
      await page
        .getByRole('navigation', { name: 'Portal' })
        .getByRole('link', { name: menuEntry, exact: true })
        .click();
      await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();

      const token = newestActive();
      const link = page.getByRole('link', { name: token.name, exact: true });
      await expect(link).toBeVisible();
      await link.click();
      await expect(page.getByRole('heading', { name: token.name, level: 1 })).toBeVisible();

      await page.getByRole('button', { name: 'More actions' }).click();
      await page.getByRole('menuitem', { name: 'Disable' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Disable API token?' });
      await dialog.getByRole('button', { name: 'Disable token' }).click();
      await expect(dialog).toBeHidden();
      const header = page.getByRole('heading', { name: token.name, level: 1 }).locator('..');
      await expect(header.getByText('Disabled', { exact: true })).toBeVisible();
      expect(server.backend.db.listTokens().find((t) => t.id === token.id)?.status).toBe('Disabled');
      expect(errors).toEqual([]);
    });

  for (const [way, menuEntry] of [
    ['route objects in a data router', 'API tokens'],
    ['the component under a splat route', 'API tokens (component)'],
  ] as const)
    test(`mounted as ${way}: its code failing to load is said in the module's place, and Retry loads it`, async ({
      page,
    }, testInfo) => {
      await page.goto(`${server.url}/`);
      await expect(page.getByRole('heading', { name: 'Portal home' })).toBeVisible();
      // From now on no more code arrives (offline, or a new deployment removed the module's chunks).
      const offline = (route: Route) => route.abort('internetdisconnected');
      await page.route('**/*.js', offline);
      const portal = page.getByRole('navigation', { name: 'Portal' });
      await portal.getByRole('link', { name: menuEntry, exact: true }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(
        'Part of the page did not load. Check your connection and try again.',
      );
      // The portal is still there around it.
      await expect(portal).toBeVisible();
      await keepScreenshot(page, testInfo, 'module-code-failed');

      await page.unroute('**/*.js', offline);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: newestActive().name, exact: true })).toBeVisible();
    });

  test('in a portal that scrolls its content in a box of its own, Back to the grid returns to where the box was', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1400, height: 600 });
    await page.goto(`${server.url}/?layout=box`);
    await page
      .getByRole('navigation', { name: 'Portal' })
      .getByRole('link', { name: 'API tokens', exact: true })
      .click();
    const content = page.getByRole('main');
    const rows = page.getByRole('table', { name: 'API tokens' }).getByRole('row');
    await expect(rows.nth(10)).toBeVisible();
    // The scroll is followed once the grid's extras are in, as its hygiene counts are.
    await expect(page.getByRole('list', { name: 'Token hygiene' })).toBeVisible();
    await content.evaluate((box) => box.scrollTo(0, 300));
    await expect.poll(() => content.evaluate((box) => box.scrollTop)).toBe(300);
    // A row in sight in the scrolled box, as the user would click it.
    const link = rows.nth(8).getByRole('link').first();
    const name = (await link.textContent()) ?? '';
    await link.click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

    await page.goBack();
    await expect(rows.nth(10)).toBeVisible();
    await expect.poll(() => content.evaluate((box) => box.scrollTop)).toBe(300);
    expect(await page.evaluate(() => window.scrollY), 'the page itself does not scroll').toBe(0);
  });

  test('in a 1400 px window beside a 220 px sidebar, the whole table fits, Actions column included', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${server.url}/settings/api-tokens`);
    await expect(page.getByRole('columnheader', { name: 'Actions' })).toBeVisible();
    const boxes = await page.evaluate(() => {
      const table = document.querySelector('table')!;
      // The table's own box is a horizontal scroller: a table wider than it hides its right-hand columns.
      const box = table.parentElement!;
      const actions = [...table.querySelectorAll('th')].find((th) => th.textContent?.includes('Actions'))!;
      return {
        box: box.getBoundingClientRect().right,
        hidden: box.scrollWidth - box.clientWidth,
        main: document.querySelector('main')!.getBoundingClientRect().right,
        actions: actions.getBoundingClientRect().right,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(boxes.hidden).toBe(0);
    expect(boxes.actions).toBeLessThanOrEqual(boxes.box);
    expect(boxes.box).toBeLessThanOrEqual(boxes.main);
    expect(boxes.overflow).toBe(0);
  });

  for (const [hostTheme, os] of [
    ['light', 'dark'],
    ['dark', 'light'],
  ] as const)
    test(`a ${hostTheme} host on a ${os} OS: heading and text meet WCAG AA against what is behind them`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: os });
      await page.goto(`${server.url}/settings/api-tokens?theme=${hostTheme}`);
      const heading = page.getByRole('heading', { name: 'API tokens', level: 1 });
      await expect(heading).toBeVisible();
      const cell = page.getByRole('link', { name: newestActive().name, exact: true });
      await expect(cell).toBeVisible();
      for (const target of [heading, cell, page.getByRole('columnheader', { name: 'Actions' })]) {
        const ratio = await target.evaluate(contrastAgainstBackground);
        expect(ratio, (await target.textContent()) ?? '').toBeGreaterThanOrEqual(4.5);
      }
      // The module took the host's side, not the OS's.
      const scheme = await heading.evaluate((el) => getComputedStyle(el).colorScheme);
      expect(scheme).toBe(hostTheme);
    });

  test('follows a scheme declared only where it is mounted, and the host switching its theme later', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${server.url}/settings/api-tokens?theme=content-dark`);
    const heading = page.getByRole('heading', { name: 'API tokens', level: 1 });
    await expect(heading).toBeVisible();
    const scheme = () => heading.evaluate((el) => getComputedStyle(el).colorScheme);
    // Read from the element the module is mounted in once the first rows are painted.
    await expect.poll(scheme).toBe('dark');
    // The portal turns its content area light again: the module follows.
    await page.evaluate(() => delete document.documentElement.dataset['contentTheme']);
    await expect.poll(scheme).toBe('light');
    await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
    await expect.poll(scheme).toBe('dark');
  });
});

/** WCAG contrast of an element's text against the first opaque background behind it (runs in the page). */
function contrastAgainstBackground(element: Element): number {
  const parse = (value: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
    return { r, g, b, a: value.startsWith('rgba') || value.includes('/') ? a : 1 };
  };
  // Blend the semi-transparent layers over the first opaque one (the canvas is white if none is).
  const layers: { r: number; g: number; b: number; a: number }[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = parse(getComputedStyle(node).backgroundColor);
    if (color.a > 0) layers.push(color);
    if (color.a >= 1) break;
  }
  let base = { r: 255, g: 255, b: 255 };
  for (const layer of layers.reverse())
    base = {
      r: layer.r * layer.a + base.r * (1 - layer.a),
      g: layer.g * layer.a + base.g * (1 - layer.a),
      b: layer.b * layer.a + base.b * (1 - layer.a),
    };
  const text = parse(getComputedStyle(element).color);
  const fg = {
    r: text.r * text.a + base.r * (1 - text.a),
    g: text.g * text.a + base.g * (1 - text.a),
    b: text.b * text.a + base.b * (1 - text.a),
  };
  const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [light, dark] = [luminance(fg), luminance(base)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
