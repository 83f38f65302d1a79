// @ts-check
// Main-thread work from a Chromium trace (puppeteer page.tracing, categories below): what the
// page's renderer main thread did between navigation start and a user-timing mark.
//
// Not Performance.getMetrics' ScriptDuration: Chromium leaves JavaScript run as promise
// continuations (microtasks) out of it, and that is how Lit renders and how localforage
// answers. Here every trace event on the main thread (CrRendererMain of the process whose
// `navigationStart` precedes the mark) counts, nested events by their self time:
// - js: script compile and evaluation, function calls, microtasks, timers, event handlers,
//   animation-frame callbacks, garbage collection (and whatever they contain that is not
//   style or layout);
// - style: style recalculation and style sheet parsing; layout: layout;
// - other: HTML parsing, paint, compositing, task overhead.
// `work` = js + style + layout (the figure the targets use); `busy` = every top-level task.
// Events are clipped to the window. Each figure comes twice: `wall` from the events' wall-clock
// durations (what CPU throttling slows down, and also time the thread waited for a core on a
// busy machine), `cpu` from their thread CPU time (`tdur`; neither throttling nor other
// processes change it, so its ratios are the steadier ones).

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];

const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']);
const LAYOUT = new Set(['Layout']);
const PARSE = new Set(['ParseHTML']);
const JS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'MinorGC',
  'MajorGC',
  'GCEvent',
  'BlinkGC.AtomicPhase',
]);

/** @param {string} name @returns {'js' | 'style' | 'layout' | 'other' | null} */
function classOf(name) {
  if (STYLE.has(name)) return 'style';
  if (LAYOUT.has(name)) return 'layout';
  if (PARSE.has(name)) return 'other';
  if (JS.has(name) || /^v8[.:]/i.test(name)) return 'js';
  return null;
}

/**
 * @typedef {{ name: string, cat: string, ph: string, ts: number, dur?: number, pid: number, tid: number, args?: any }} TraceEvent
 * @typedef {{ js: number, style: number, layout: number, other: number, work: number, busy: number }} Work
 */

/**
 * Work (ms) on the main thread from navigation start to the user-timing mark `endMark`.
 * @param {Uint8Array | undefined} buffer what page.tracing.stop() resolved with
 * @param {string} endMark
 * @returns {{ wall: Work, cpu: Work }}
 */
export function mainThreadWork(buffer, endMark) {
  if (!buffer) throw new Error('no trace');
  const parsed = JSON.parse(new TextDecoder().decode(buffer));
  /** @type {TraceEvent[]} */
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const end = events.find((e) => e.name === endMark && e.cat.includes('blink.user_timing'));
  if (!end) throw new Error(`no ${endMark} mark in the trace`);
  const onThread = (/** @type {TraceEvent} */ e) => e.pid === end.pid && e.tid === end.tid;
  // The navigation the mark belongs to (the same process also records navigationStart for
  // empty documents); else the mark's own startTime, which counts from navigation start.
  const navigation = end.args?.data?.navigationId;
  const start = events.find(
    (e) => e.name === 'navigationStart' && onThread(e) && e.args?.data?.navigationId === navigation,
  );
  const from = start ? start.ts : end.ts - (end.args?.data?.startTime ?? 0) * 1000;
  const to = end.ts;

  const spans = events
    .filter((e) => e.ph === 'X' && onThread(e) && e.ts < to && e.ts + (e.dur ?? 0) > from)
    .map((e) => {
      const dur = e.dur ?? 0;
      const begin = Math.max(e.ts, from);
      const endAt = Math.min(e.ts + dur, to);
      // thread time of the part inside the window, pro rata
      const cpu = dur > 0 ? ((e.tdur ?? dur) * (endAt - begin)) / dur : 0;
      return { name: e.name, begin, end: endAt, cpu };
    })
    .sort((a, b) => a.begin - b.begin || b.end - a.end);

  const zero = () => ({ js: 0, style: 0, layout: 0, other: 0, work: 0, busy: 0 });
  /** @type {{ wall: Work, cpu: Work }} */
  const work = { wall: zero(), cpu: zero() };
  /**
   * @typedef {{ end: number, kind: 'js' | 'style' | 'layout' | 'other', own: number, ownCpu: number, child: number, childCpu: number }} Open
   * @type {Open[]}
   */
  const stack = [];
  const close = () => {
    const done = stack.pop();
    if (!done) return;
    work.wall[done.kind] += Math.max(0, done.own - done.child);
    work.cpu[done.kind] += Math.max(0, done.ownCpu - done.childCpu);
  };
  for (const span of spans) {
    while (stack.length && /** @type {Open} */ (stack[stack.length - 1]).end <= span.begin) close();
    const parent = stack[stack.length - 1];
    const endAt = parent ? Math.min(span.end, parent.end) : span.end;
    const own = Math.max(0, endAt - span.begin);
    const ownCpu = span.end > span.begin ? (span.cpu * own) / (span.end - span.begin) : 0;
    if (parent) {
      parent.child += own;
      parent.childCpu += ownCpu;
    } else {
      work.wall.busy += own;
      work.cpu.busy += ownCpu;
    }
    const kind = classOf(span.name) ?? parent?.kind ?? 'other';
    stack.push({ end: endAt, kind, own, ownCpu, child: 0, childCpu: 0 });
  }
  while (stack.length) close();
  for (const w of [work.wall, work.cpu]) {
    for (const key of /** @type {(keyof Work)[]} */ (Object.keys(w))) w[key] /= 1000;
    w.work = w.js + w.style + w.layout;
  }
  return work;
}
