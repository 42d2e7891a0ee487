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
