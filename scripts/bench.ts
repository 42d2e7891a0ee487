// `npm run bench`: builds the production app, serves it with the mock HTTP server in the 10,000-token
// scenario and measures it in Chromium over repeated runs. Results: bench-results/latest.{json,md}.
// Timings are reported, not asserted (the machine is noisy); the bundle budget is asserted by a test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { startMockHttpServer } from '../mocks/http/server';
// @ts-expect-error -- plain ESM helper shared with the bundle budget test
import { analyzeBundle, INITIAL_JS_BUDGET_GZIP } from './bundle-stats.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, out: { type: 'string', default: 'bench-results' } },
});
const RUNS = Math.max(1, Number(values.runs));
const OUT_DIR = values.out!;
const APP_DIR = join(OUT_DIR, 'tmp', 'app');
const ACCESS = 'Bearer idt:TKN-0000-0001:bench';
const PAGE_SIZE = 25;
const GRID_PATH = `/settings/api-tokens?size=${PAGE_SIZE}`;
const FIRST_PAGE_QUERY = `select=+audit,+modules&order=-audit.created.at&limit=${PAGE_SIZE}&offset=0`;

interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}
const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median: round(median), min: round(s[0]!), max: round(s[s.length - 1]!), runs: s.length };
};
const round = (n: number) => Math.round(n * 10) / 10;
const kb = (bytes: number) => round(bytes / 1024);

const escapeHtml = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

// Records when the first data row appears, measured from navigation start, before any page script runs. The time
// leaves the page as a console message: waiting with page.waitForFunction would inject Playwright's own script
// into the page while it loads, and its evaluation (tens of milliseconds here) would be counted against the app.
const FIRST_ROW_PROBE = `
  new MutationObserver((_, observer) => {
    const row = document.querySelector('tbody tr');
    if (row && /TKN-\\d{4}-\\d{4}/.test(row.textContent || '')) {
      observer.disconnect();
      console.debug('bench:first-row ' + performance.now());
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

async function loadUntilFirstRow(page: Page, url: string): Promise<number> {
  const firstRow = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith('bench:first-row '),
    timeout: 30_000,
  });
  await page.goto(url, { waitUntil: 'commit' });
  return Number((await firstRow).text().slice('bench:first-row '.length));
}

/** When the page first drew text or an image (its first contentful paint), from navigation start. */
async function firstContentfulPaint(page: Page): Promise<number> {
  // A page that is complete as soon as it is parsed (the static one) can show its first row before the browser
  // painted, so the paint entry is awaited rather than read once.
  const fcp = await page.evaluate(
    () =>
      new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), 5000);
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (!entry) return;
          clearTimeout(timer);
          observer.disconnect();
          resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  if (fcp === null) throw new Error(`No first contentful paint recorded for ${page.url()}`);
  return fcp;
}

/** A first visit: a fresh browser profile, so nothing is cached and every script is compiled from scratch. */
async function firstRowTime(browser: Browser, url: string): Promise<{ ms: number; fcp: number; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(FIRST_ROW_PROBE);
  const page = await context.newPage();
  const ms = await loadUntilFirstRow(page, url);
  // Read after the first row: the paint entry is recorded by then, and nothing is injected while the page loads.
  return { ms, fcp: await firstContentfulPaint(page), page };
}

/** A returning admin: the same page loaded again in the same profile, its files and compiled code cached. */
async function repeatVisitTime(browser: Browser, url: string): Promise<number> {
  const { page } = await firstRowTime(browser, url);
  await page.waitForLoadState('networkidle');
  const ms = await loadUntilFirstRow(page, url);
  await page.context().close();
  return ms;
}

/**
 * Clicks inside the page and resolves when the first row shows different content (the server answered and
 * React rendered). Passed as source text: the TypeScript runner would otherwise wrap inner functions in helpers
 * that do not exist in the page.
 */
async function timeRowsUpdate(page: Page, selector: string): Promise<number> {
  return page.evaluate(`(async () => {
    const sel = ${JSON.stringify(selector)};
    const firstRowText = () => (document.querySelector('tbody tr') || {}).textContent || '';
    const before = firstRowText();
    const target = document.querySelector(sel);
    if (!target) throw new Error('No element for ' + sel);
    const start = performance.now();
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (firstRowText() !== before) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      target.click();
    });
    return performance.now() - start;
  })()`);
}

async function main() {
  mkdirSync(APP_DIR, { recursive: true });
  console.log('Building the production app (mock-server mode)…');
  process.env.VITE_API_MODE = 'mock-server';
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir: APP_DIR, emptyOutDir: true },
  });
  const bundle = analyzeBundle(APP_DIR);
  // The second reference: a bare React page that fetches and renders the same rows (see its source).
  await build({
    configFile: false,
    root: 'scripts/bench-floor',
    base: '/bare-react/',
    logLevel: 'warn',
    build: { outDir: join(process.cwd(), APP_DIR, 'bare-react'), emptyOutDir: true },
  });

  const server = await startMockHttpServer({ port: 0, scenario: { dataset: 'large' }, staticDir: APP_DIR });
  console.log(`Mock server with 10,000 tokens at ${server.url}`);
  try {
    // The limit: a static page with the same 25 rows, served by the same server.
    const firstPage = (await (
      await fetch(`${server.url}/public/v1/accounts/api-tokens?${FIRST_PAGE_QUERY}`, {
        headers: { Authorization: ACCESS },
      })
    ).json()) as {
      data: { id: string; name: string; status: string; audit?: { created?: { at?: string } } }[];
    };
    const rows = firstPage.data
      .map(
        (t) =>
          `<tr><td>${escapeHtml(t.name)}<br>${escapeHtml(t.id)}</td><td>${escapeHtml(t.audit?.created?.at)}</td><td>${escapeHtml(t.status)}</td></tr>`,
      )
      .join('');
    writeFileSync(
      join(APP_DIR, 'static-25.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static 25 rows</title></head><body><table><thead><tr><th>API token</th><th>Date created</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table></body></html>`,
    );

    // Mock server latency for typical grid queries, over real HTTP.
    const queries: Record<string, string> = {
      'first page (newest first)': FIRST_PAGE_QUERY,
      'status filter': `eq(status,%22Disabled%22)&${FIRST_PAGE_QUERY}`,
      search: `or(ilike(name,%22*sync*%22),ilike(id,%22*sync*%22))&${FIRST_PAGE_QUERY}`,
      'sort by name, page 200': `select=+audit,+modules&order=name&limit=${PAGE_SIZE}&offset=${199 * PAGE_SIZE}`,
      'count only (limit=0)': `eq(status,%22Active%22)&limit=0`,
    };
    const mockLatency: Record<string, Stat> = {};
    for (const [name, query] of Object.entries(queries)) {
      const times: number[] = [];
      for (let i = 0; i < 3 + RUNS * 3; i++) {
        const start = performance.now();
        const response = await fetch(`${server.url}/public/v1/accounts/api-tokens?${query}`, {
          headers: { Authorization: ACCESS },
        });
        await response.arrayBuffer();
        if (i >= 3) times.push(performance.now() - start); // the first few warm up the JIT
      }
      mockLatency[name] = stat(times);
    }

    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      // Precise memory info: the heap figure is otherwise rounded.
      args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    });
    const app: number[] = [];
    const staticPage: number[] = [];
    const appFcp: number[] = [];
    const staticFcp: number[] = [];
    const bareReact: number[] = [];
    const appRepeat: number[] = [];
    const staticRepeat: number[] = [];
    const filter: number[] = [];
    const paging: number[] = [];
    const heap: number[] = [];
    let apiRequests: { url: string; limit: number }[] = [];
    try {
      for (let run = 0; run < RUNS; run++) {
        const s = await firstRowTime(browser, `${server.url}/static-25.html`);
        staticPage.push(s.ms);
        staticFcp.push(s.fcp);
        await s.page.context().close();

        const r = await firstRowTime(
          browser,
          `${server.url}/bare-react/index.html?request=${encodeURIComponent(`/public/v1/accounts/api-tokens?${FIRST_PAGE_QUERY}`)}`,
        );
        bareReact.push(r.ms);
        await r.page.context().close();

        staticRepeat.push(await repeatVisitTime(browser, `${server.url}/static-25.html`));
        appRepeat.push(await repeatVisitTime(browser, `${server.url}${GRID_PATH}`));

        const a = await firstRowTime(browser, `${server.url}${GRID_PATH}`);
        app.push(a.ms);
        appFcp.push(a.fcp);
        const requests: { url: string; limit: number }[] = [];
        a.page.on('request', (r) => {
          if (r.url().includes('/public/v1/accounts/api-tokens')) {
            requests.push({ url: r.url(), limit: Number(new URL(r.url()).searchParams.get('limit')) });
          }
        });
        // Interactions are timed on a settled page, as a user meets it: the first rows are followed by the parts
        // that load after them (menus, hygiene counts, icons), and a click in that instant measures the two together.
        await a.page.waitForLoadState('networkidle');
        await a.page.evaluate(
          () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
        );
        await a.page
          .getByRole('radio', { name: 'Disabled' })
          .first()
          .evaluate((el) => el.setAttribute('data-bench', 'filter'));
        filter.push(await timeRowsUpdate(a.page, '[data-bench="filter"]'));
        await a.page
          .getByRole('button', { name: 'Next' })
          .first()
          .evaluate((el) => el.setAttribute('data-bench', 'next'));
        paging.push(await timeRowsUpdate(a.page, '[data-bench="next"]'));
        const cdp = await a.page.context().newCDPSession(a.page);
        await cdp.send('HeapProfiler.collectGarbage');
        const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        heap.push(usage.usedSize);
        if (run === 0) apiRequests = requests;
        await a.page.context().close();
      }
    } finally {
      await browser.close();
    }

    const appStat = stat(app);
    const staticStat = stat(staticPage);
    const bareReactStat = stat(bareReact);
    const appFcpStat = stat(appFcp);
    const staticFcpStat = stat(staticFcp);
    const results = {
      date: new Date().toISOString(),
      runs: RUNS,
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      scenario: '10,000 tokens, mock HTTP server on 127.0.0.1',
      firstRowMs: {
        app: appStat,
        staticPage: staticStat,
        ratio: round(appStat.median / staticStat.median),
        bareReact: bareReactStat,
        bareReactRatio: round(bareReactStat.median / staticStat.median),
        // How far the app is from the least any client-rendered page needs here.
        appToBareReactRatio: round(appStat.median / bareReactStat.median),
        repeatVisit: {
          app: stat(appRepeat),
          staticPage: stat(staticRepeat),
          ratio: round(stat(appRepeat).median / stat(staticRepeat).median),
        },
      },
      // The page's shell is in the HTML (scripts/static-shell.ts): the app draws something useful at static speed.
      firstContentfulPaintMs: {
        app: appFcpStat,
        staticPage: staticFcpStat,
        ratio: round(appFcpStat.median / staticFcpStat.median),
      },
      statusFilterMs: stat(filter),
      nextPageMs: stat(paging),
      jsHeapMB: stat(heap.map((b) => b / 1024 / 1024)),
      requestsAfterLoad: apiRequests,
      bundle: {
        initialJsGzipKB: kb(bundle.initial.gzip),
        initialJsBudgetKB: kb(INITIAL_JS_BUDGET_GZIP),
        initialCssGzipKB: kb(bundle.initial.cssGzip),
        lazyChunks: bundle.lazy.map((c: { name: string; gzip: number; mock: boolean }) => ({
          name: c.name,
          gzipKB: kb(c.gzip),
          mock: c.mock,
        })),
        totalWithoutMocksGzipKB: kb(bundle.totalWithoutMocksGzip),
        mocksGzipKB: kb(bundle.mocksGzip),
      },
      mockServerLatencyMs: mockLatency,
    };

    const fmt = (s: Stat) => `${s.median} | ${s.min} | ${s.max}`;
    const md = [
      `Benchmark of ${results.date.slice(0, 10)} — ${RUNS} runs, ${results.scenario}, ${results.machine.cpus} CPUs, Node ${results.machine.node}.`,
      '',
      '| Measure | Median | Min | Max |',
      '| --- | --- | --- | --- |',
      `| Navigation → first grid row (ms) | ${fmt(appStat)} |`,
      `| Navigation → first row, static HTML with the same 25 rows (ms) | ${fmt(staticStat)} |`,
      `| Ratio app / static (target ≤ 2) | ${results.firstRowMs.ratio} | | |`,
      `| Navigation → first contentful paint, app (ms) | ${fmt(appFcpStat)} |`,
      `| Navigation → first contentful paint, static HTML (ms) | ${fmt(staticFcpStat)} |`,
      `| Ratio app / static, first contentful paint (target ≤ 1.5) | ${results.firstContentfulPaintMs.ratio} | | |`,
      `| Navigation → first row, bare React page fetching the same 25 rows (ms) | ${fmt(bareReactStat)} |`,
      `| Ratio bare React / static | ${results.firstRowMs.bareReactRatio} | | |`,
      `| Ratio app / bare React | ${results.firstRowMs.appToBareReactRatio} | | |`,
      `| Repeat visit → first grid row (ms) | ${fmt(results.firstRowMs.repeatVisit.app)} |`,
      `| Repeat visit → first row, static HTML (ms) | ${fmt(results.firstRowMs.repeatVisit.staticPage)} |`,
      `| Ratio on a repeat visit, app / static | ${results.firstRowMs.repeatVisit.ratio} | | |`,
      `| Status filter click → rows updated (ms, target ≤ 100) | ${fmt(results.statusFilterMs)} |`,
      `| Next page → rows updated (ms, target ≤ 100) | ${fmt(results.nextPageMs)} |`,
      `| JS heap after load (MB) | ${fmt(results.jsHeapMB)} |`,
      ...Object.entries(mockLatency).map(([n, s]) => `| Mock server: ${n} (ms, target ≤ 20) | ${fmt(s)} |`),
      '',
      '| Bundle (gzip) | KB |',
      '| --- | --- |',
      `| Initial JS for the grid route (budget ${results.bundle.initialJsBudgetKB}) | ${results.bundle.initialJsGzipKB} |`,
      `| Initial CSS | ${results.bundle.initialCssGzipKB} |`,
      ...results.bundle.lazyChunks.map(
        (c: { name: string; gzipKB: number; mock: boolean }) =>
          `| Lazy: ${c.name}${c.mock ? ' (mock layer)' : ''} | ${c.gzipKB} |`,
      ),
      `| Total without mocks | ${results.bundle.totalWithoutMocksGzipKB} |`,
      '',
    ].join('\n');

    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(OUT_DIR, 'latest.md'), md);
    console.log(md);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
