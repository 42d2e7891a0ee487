// The benchmark's arithmetic and its report, apart from the browser work in scripts/bench.ts so it can be tested.

export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export const round = (n: number) => Math.round(n * 10) / 10;

export function stat(xs: number[]): Stat {
  if (xs.length === 0) throw new Error('No measurements to summarise.');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median: round(median), min: round(s[0]!), max: round(s[s.length - 1]!), runs: s.length };
}

/** Two medians' ratio, rounded to a tenth as it is printed. */
export const ratio = (a: Stat, b: Stat) => round(a.median / b.median);

/** One of the issue's targets, with the figure measured against it in this run. */
export interface Target {
  name: string;
  /** What is compared: a median, or a ratio of two medians. */
  measured: number;
  unit: 'ms' | 'MB' | 'KB' | '×';
  /** The limit: `≤ limit`, or `< limit` when `strict`. */
  limit: number;
  strict?: boolean;
  met: boolean;
}

export function target(
  name: string,
  measured: number,
  unit: Target['unit'],
  limit: number,
  strict = false,
): Target {
  return {
    name,
    measured,
    unit,
    limit,
    ...(strict ? { strict } : {}),
    met: strict ? measured < limit : measured <= limit,
  };
}

export const limitText = (t: Pick<Target, 'limit' | 'unit' | 'strict'>) =>
  `${t.strict ? '<' : '≤'} ${t.limit}${t.unit === '×' ? '×' : ` ${t.unit}`}`;

/** A resource the page fetched, as its Resource Timing entry gives it (times from navigation start, in ms). */
export interface ResourceTime {
  name: string;
  startTime: number;
  responseEnd: number;
  transferSize: number;
}

/** A route change into the module, taken apart. */
export interface RouteChange {
  /** From the click on the host's link to the first data row. */
  totalMs: number;
  /**
   * From the click until the last of the module's chunks had arrived: the scripts and stylesheets requested
   * between the click and the first row (the parts deferred until after the rows are not the route change's).
   */
  moduleChunksMs: number;
  moduleChunks: number;
  moduleChunksTransferKB: number;
  /** The list request's own time, from its start to its answer's last byte. */
  apiMs: number;
  /** The list request's start, from the click. */
  apiStartMs: number;
  /** What the module costs beyond the API's answer time. */
  totalMinusApiMs: number;
  /** From the moment the module's chunks and the list's answer were both in to the first row: running the code. */
  afterCodeAndDataMs: number;
}

const CODE = /\.(m?js|css)(\?|$)/;

/**
 * Splits a route change (clicked at `start`, first row at `firstRow`) into the module's chunks and the list
 * request, from the page's resource timing. The host's own code is in before the click: whatever script or
 * stylesheet is requested after it, and before the first row, is the module's code for its first rows.
 */
export function routeChange(
  start: number,
  firstRow: number,
  resources: ResourceTime[],
  listRequest: (url: string) => boolean,
): RouteChange {
  const after = resources.filter((r) => r.startTime >= start);
  const chunks = after.filter((r) => r.startTime <= firstRow && CODE.test(new URL(r.name).pathname));
  const list = after.find((r) => listRequest(r.name));
  if (!list) throw new Error('The list request was not sent after the route change.');
  const totalMs = firstRow - start;
  const apiMs = list.responseEnd - list.startTime;
  const moduleChunksMs = chunks.length ? Math.max(...chunks.map((c) => c.responseEnd)) - start : 0;
  return {
    totalMs,
    moduleChunksMs,
    moduleChunks: chunks.length,
    moduleChunksTransferKB: round(chunks.reduce((sum, c) => sum + c.transferSize, 0) / 1024),
    apiMs,
    apiStartMs: list.startTime - start,
    totalMinusApiMs: totalMs - apiMs,
    afterCodeAndDataMs: firstRow - Math.max(start + moduleChunksMs, list.responseEnd),
  };
}

/** `| Target | Measured | Limit | Met |` rows, in the markdown table style of the rest of the report. */
export function targetsTable(targets: Target[]): string[] {
  return [
    '| Target | Measured | Limit | Met |',
    '| --- | --- | --- | --- |',
    ...targets.map(
      (t) =>
        `| ${t.name} | ${t.measured}${t.unit === '×' ? '×' : ` ${t.unit}`} | ${limitText(t)} | ${t.met ? 'yes' : 'no'} |`,
    ),
  ];
}

/** One event of a Chrome trace, as `browser.stopTracing()` writes it (times in microseconds). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string }; beginData?: { url?: string } };
}

/** What the page's main thread spent its time on, in the order the report lists it. */
export const MAIN_THREAD_KINDS = [
  'html',
  'compile',
  'script',
  'style',
  'paint',
  'gc',
  'other',
  'idle',
] as const;
export type MainThreadKind = (typeof MAIN_THREAD_KINDS)[number];

export const MAIN_THREAD_LABELS: Record<MainThreadKind, string> = {
  html: 'Parsing the HTML',
  compile: 'Compiling scripts (V8, also lazily, as functions first run)',
  script: 'Running scripts (module evaluation, React, the app, event handlers)',
  style: 'Style and layout',
  paint: 'Paint and handing frames to the compositor',
  gc: 'Garbage collection',
  other: "The browser's own tasks (loading, scheduling)",
  idle: 'Idle (waiting for the network or the next frame)',
};

// First match wins: compilation and collection are V8 events too, but are told apart from running code.
const KINDS: [RegExp, MainThreadKind][] = [
  [/^ParseHTML$/, 'html'],
  [/^(v8\.compile|v8\.compileModule|V8\.(Compile|Parse|PreParse))/, 'compile'],
  [/^(MinorGC|MajorGC|V8\.GC|BlinkGC)/, 'gc'],
  [/^(UpdateLayoutTree|Layout|ParseAuthorStyleSheet|RecalculateStyles)$/, 'style'],
  [/^(Paint|PrePaint|Layerize|Commit|UpdateLayer|CompositeLayers|PaintImage)$/, 'paint'],
  [
    /^(v8\.|V8\.|EvaluateScript|FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|FireIdleCallback|RunMicrotasks)/,
    'script',
  ],
];
const kindOf = (name: string) => KINDS.find(([pattern]) => pattern.test(name))?.[1];

/**
 * The page's main thread from navigation start to the first row (`firstRowMs` later), split by what it did, in ms.
 * Each event's own time (its duration less its children's) goes to its kind; an event of no kind of its own
 * (a task, a loader step) passes its kind on from the event it runs in, and at the top is the browser's own work.
 * What no event covers is idle. The thread is the one that parsed `documentUrl`.
 */
export function mainThreadTime(
  events: TraceEvent[],
  documentUrl: string,
  firstRowMs: number,
): Record<MainThreadKind, number> {
  const navigation = events.filter(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === documentUrl,
  );
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === documentUrl);
  if (!navigation.length || !parse) throw new Error(`The trace has no navigation to ${documentUrl}.`);
  const start = navigation[navigation.length - 1]!.ts;
  const end = start + firstRowMs * 1000;
  const clipped = (e: TraceEvent) => Math.max(0, Math.min(e.ts + (e.dur ?? 0), end) - Math.max(e.ts, start));
  const thread = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && clipped(e) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));

  const time = Object.fromEntries(MAIN_THREAD_KINDS.map((kind) => [kind, 0])) as Record<
    MainThreadKind,
    number
  >;
  // The events that enclose the current one, each with the kind it passes on and its own time so far.
  const open: { event: TraceEvent; kind: MainThreadKind; own: number }[] = [];
  const close = (until: number) => {
    while (
      open.length &&
      open[open.length - 1]!.event.ts + (open[open.length - 1]!.event.dur ?? 0) <= until
    ) {
      const done = open.pop()!;
      time[done.kind] += done.own;
    }
  };
  let busy = 0;
  for (const event of thread) {
    close(event.ts);
    const parent = open[open.length - 1];
    if (parent) parent.own -= clipped(event);
    else busy += clipped(event);
    open.push({ event, kind: kindOf(event.name) ?? parent?.kind ?? 'other', own: clipped(event) });
  }
  close(Infinity);
  time.idle = firstRowMs * 1000 - busy;
  for (const kind of MAIN_THREAD_KINDS) time[kind] = round(time[kind] / 1000);
  return time;
}
