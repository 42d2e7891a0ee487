// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  MAIN_THREAD_KINDS,
  mainThreadTime,
  ratio,
  routeChange,
  stat,
  target,
  targetsTable,
  type ResourceTime,
  type TraceEvent,
} from '../../scripts/bench-report';

// The benchmark's arithmetic (scripts/bench-report.ts): what `npm run bench` prints against each target.

const ORIGIN = 'http://127.0.0.1:4010';
const LIST = `${ORIGIN}/public/v1/accounts/api-tokens?select=+audit,+modules&order=-audit.created.at&limit=25&offset=0`;
const isList = (url: string) => new URL(url).searchParams.get('limit') === '25';

const resource = (
  path: string,
  startTime: number,
  responseEnd: number,
  transferSize = 1024,
): ResourceTime => ({
  name: path.startsWith('http') ? path : `${ORIGIN}${path}`,
  startTime,
  responseEnd,
  transferSize,
});

describe('stat', () => {
  it('gives the median of an odd and an even number of runs, with the extremes, to a tenth', () => {
    expect(stat([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, runs: 3 });
    expect(stat([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
    expect(stat([1.234, 5.678])).toEqual({ median: 3.5, min: 1.2, max: 5.7, runs: 2 });
  });

  it('refuses an empty list rather than printing NaN', () => {
    expect(() => stat([])).toThrow(/No measurements/);
  });

  it('compares two medians as a ratio rounded to a tenth', () => {
    expect(ratio(stat([300]), stat([200]))).toBe(1.5);
    expect(ratio(stat([100]), stat([300]))).toBe(0.3);
  });
});

describe('targets', () => {
  it('meets an inclusive limit at the limit, and a strict one only below it', () => {
    expect(target('Filter', 60, 'ms', 60).met).toBe(true);
    expect(target('Filter', 60.1, 'ms', 60).met).toBe(false);
    expect(target('Portal', 99.9, 'ms', 100, true).met).toBe(true);
    expect(target('Portal', 100, 'ms', 100, true).met).toBe(false);
  });

  it('prints each target as a markdown row with its figure, its limit and whether it is met', () => {
    expect(
      targetsTable([
        target('First row, app / bare React', 1.4, '×', 1.3),
        target('JS heap', 3.2, 'MB', 4),
        target('Portal', 80, 'ms', 100, true),
      ]),
    ).toEqual([
      '| Target | Measured | Limit | Met |',
      '| --- | --- | --- | --- |',
      '| First row, app / bare React | 1.4× | ≤ 1.3× | no |',
      '| JS heap | 3.2 MB | ≤ 4 MB | yes |',
      '| Portal | 80 ms | < 100 ms | yes |',
    ]);
  });
});

describe('routeChange', () => {
  it("splits a route change into the module's chunks and the API's answer time", () => {
    const change = routeChange(
      1000,
      1250,
      [
        // The host's own code, in before the click: not the module's.
        resource('/bench-host/assets/index-a1.js', 10, 80, 50_000),
        resource('/bench-host/assets/index-a1.css', 12, 40),
        // After the click: the module's chunk and its stylesheet, then a chunk it imports.
        resource('/bench-host/assets/api-tokens-module-b2.js', 1002, 1060, 30 * 1024),
        resource('/bench-host/assets/api-tokens-module-b2.css', 1003, 1030, 2 * 1024),
        resource('/bench-host/assets/grid-extras-c3.js?v=1', 1100, 1140, 4 * 1024),
        // The list request, sent by the route's loader at the click, and the hygiene counts (limit=0).
        resource(LIST, 1004, 1154, 6 * 1024),
        // Parts the module defers until its rows are on screen: not the route change's.
        resource('/bench-host/assets/menu-d4.js', 1260, 1300, 15 * 1024),
        resource(`${ORIGIN}/public/v1/accounts/api-tokens?eq(status,%22Active%22)&limit=0`, 1200, 1230),
      ],
      isList,
    );
    expect(change).toEqual({
      totalMs: 250,
      moduleChunksMs: 140,
      moduleChunks: 3,
      moduleChunksTransferKB: 36,
      apiMs: 150,
      apiStartMs: 4,
      totalMinusApiMs: 100,
      // The code was in at 1140, the rows' data at 1154: 96 ms of running it.
      afterCodeAndDataMs: 96,
    });
  });

  it('takes the list request sent after the click, not an earlier one', () => {
    const change = routeChange(500, 700, [resource(LIST, 20, 60), resource(LIST, 520, 600)], isList);
    expect(change.apiMs).toBe(80);
    expect(change.apiStartMs).toBe(20);
    expect(change.moduleChunks).toBe(0);
    expect(change.moduleChunksMs).toBe(0);
  });

  it('fails when no list request followed the click', () => {
    expect(() => routeChange(500, 700, [resource(LIST, 20, 60)], isList)).toThrow(/list request/);
  });
});

describe('the main thread up to the first row', () => {
  const PAGE = `${ORIGIN}/settings/api-tokens?size=25`;
  // Times in ms from the navigation (the trace's are in µs, from an arbitrary start).
  const T0 = 5_000_000;
  const on = (
    thread: number,
    name: string,
    at: number,
    ms: number,
    args?: TraceEvent['args'],
  ): TraceEvent => ({
    name,
    ph: 'X',
    ts: T0 + at * 1000,
    dur: ms * 1000,
    pid: 7,
    tid: thread,
    ...(args ? { args } : {}),
  });
  const MAIN = 1;
  const trace: TraceEvent[] = [
    // An earlier navigation (the blank page a new tab starts on) is not the page's.
    {
      name: 'navigationStart',
      ph: 'R',
      ts: 1_000,
      pid: 7,
      tid: MAIN,
      args: { data: { documentLoaderURL: '' } },
    },
    {
      name: 'navigationStart',
      ph: 'R',
      ts: T0,
      pid: 7,
      tid: MAIN,
      args: { data: { documentLoaderURL: PAGE } },
    },
    on(MAIN, 'ParseHTML', 10, 5, { beginData: { url: PAGE } }),
    on(MAIN, 'EvaluateScript', 12, 2),
    on(MAIN, 'v8.compile', 12.5, 0.5),
    on(MAIN, 'RunTask', 20, 30),
    on(MAIN, 'Layout', 21, 10),
    on(MAIN, 'LayoutShiftTracker::NotifyShift', 22, 1), // no kind of its own: layout's
    on(MAIN, 'Paint', 32, 3),
    // The module's evaluation runs on past the first row (at 100 ms): only its first 40 ms count.
    on(MAIN, 'RunTask', 60, 50),
    on(MAIN, 'v8.evaluateModule', 60, 50),
    on(MAIN, 'V8.CompileCode', 70, 8),
    on(MAIN, 'MinorGC', 90, 2),
    // Another thread's work is not the main thread's.
    on(2, 'Layout', 30, 50),
  ];

  it("splits it by kind, each event's own time to its kind, the rest idle; the parts add up to the total", () => {
    const time = mainThreadTime(trace, PAGE, 100);
    expect(time).toEqual({
      html: 3,
      compile: 8.5,
      script: 31.5,
      style: 10,
      paint: 3,
      gc: 2,
      other: 17,
      idle: 25,
    });
    expect(MAIN_THREAD_KINDS.reduce((sum, kind) => sum + time[kind], 0)).toBe(100);
  });

  it('refuses a trace without a navigation to the page', () => {
    expect(() => mainThreadTime(trace, `${ORIGIN}/elsewhere`, 100)).toThrow(/no navigation/);
  });
});
