// Runs first on every bench article page (an inline classic script in <head>, before the
// drop-in): it records what the bench reads back through window.__bench, and can slow storage.
(() => {
  const params = new URLSearchParams(location.search);
  const bench = (window.__bench = {
    shifts: [],
    longTasks: [],
    events: [],
    decision: null,
  });

  // Artificial storage delay: IndexedDB's open() answers `delay` ms later than it would.
  // The request object handed back forwards the real request's events and result once the
  // real open() has been made, so localforage sees a slow database, not a different one.
  const delay = Number(params.get('delay') || 0);
  if (delay > 0 && typeof IDBFactory !== 'undefined') {
    const realOpen = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      let real = null;
      const slow = {
        onsuccess: null,
        onerror: null,
        onupgradeneeded: null,
        onblocked: null,
        get result() {
          return real ? real.result : undefined;
        },
        get error() {
          return real ? real.error : null;
        },
        get readyState() {
          return real ? real.readyState : 'pending';
        },
        get transaction() {
          return real ? real.transaction : null;
        },
      };
      setTimeout(() => {
        real = realOpen.apply(this, args);
        for (const type of ['success', 'error', 'upgradeneeded', 'blocked']) {
          real.addEventListener(type, (event) => slow[`on${type}`]?.call(slow, event));
        }
      }, delay);
      return slow;
    };
  }

  const describe = (node) =>
    !node
      ? '(gone)'
      : node.nodeType === 1
        ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}`
        : node.nodeName;
  const observe = (type, options, record) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({
        type,
        buffered: true,
        ...options,
      });
    } catch {
      // entry type not supported
    }
  };
  // CLS: every layout-shift entry (none has recent input: the bench gives no input on load).
  observe('layout-shift', {}, (entry) =>
    bench.shifts.push({
      value: entry.value,
      at: entry.startTime,
      hadRecentInput: entry.hadRecentInput,
      sources: (entry.sources ?? []).map((source) => describe(source.node)),
    }),
  );
  observe('longtask', {}, (entry) =>
    bench.longTasks.push({ at: entry.startTime, duration: entry.duration }),
  );
  // Event Timing: input delay + handlers + the next paint, for every event ≥ 16 ms apart
  // from those of an interaction (interactionId > 0), which are all kept.
  observe('event', { durationThreshold: 16 }, (entry) =>
    bench.events.push({
      name: entry.name,
      at: entry.startTime,
      duration: entry.duration,
      interactionId: entry.interactionId,
    }),
  );

  // Decision: the first support-show / support-suppress, against the drop-in's first
  // statement (the bench server prepends performance.mark('support-kit:start') to it).
  // The React baseline reports its own through bench.decided(). Either way a user-timing mark
  // `bench:decided` ends the main-thread window of a reader who sees nothing (react-baseline.mjs).
  const watch = params.get('watch') === 'cta';
  let resolveDone = () => {};
  bench.done = new Promise((resolve) => (resolveDone = resolve));
  bench.decided = (type, reason = null) => {
    if (bench.decision) return;
    if (watch) performance.mark('bench:decided');
    const start = performance.getEntriesByName('support-kit:start')[0];
    bench.decision = { type, reason, at: performance.now(), start: start ? start.startTime : null };
    if (type === 'support-suppress') resolveDone();
  };
  for (const type of ['support-show', 'support-suppress']) {
    document.addEventListener(type, (event) => bench.decided(type, event.detail?.reason), true);
  }

  if (!watch) return;
  // watch=cta (react-baseline.mjs): when the call to action first has a box, and what a
  // reader who sees nothing made the page build.
  //
  // Intl: constructors are counted from before the drop-in or the React script loads.
  bench.intl = {};
  for (const name of ['NumberFormat', 'DisplayNames', 'PluralRules', 'DateTimeFormat']) {
    const Real = Intl[name];
    if (typeof Real !== 'function') continue;
    bench.intl[name] = 0;
    Intl[name] = new Proxy(Real, {
      construct(target, args, newTarget) {
        bench.intl[name]++;
        return Reflect.construct(target, args, newTarget === Intl[name] ? target : newTarget);
      },
      apply(target, self, args) {
        bench.intl[name]++;
        return Reflect.apply(target, self, args);
      },
    });
  }
  // CTA visible: the kit's [part=cta] in the appeal's shadow root, or the React one. Checked
  // in the next animation frame after any DOM change (a MutationObserver from the end of
  // parsing, which sees the kit's `state` attribute and React's insertions), and every 100 ms
  // as a fallback; not polled every frame, so the watch itself costs next to nothing.
  // getBoundingClientRect in a frame callback does the style and layout that frame would do.
  const cta = () =>
    document.querySelector('support-appeal')?.shadowRoot?.querySelector('[part=cta]') ??
    document.querySelector('#appeal-root [part=cta]');
  let frame = 0;
  let observer = null;
  let timer = 0;
  const check = () => {
    frame = 0;
    if (bench.cta !== undefined) return;
    const box = cta()?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return;
    bench.cta = performance.now();
    performance.mark('bench:cta');
    observer?.disconnect();
    clearInterval(timer);
    resolveDone();
  };
  const schedule = () => {
    if (!frame && bench.cta === undefined) frame = requestAnimationFrame(check);
  };
  const start = () => {
    observer = new MutationObserver(schedule);
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    timer = setInterval(() => {
      if (bench.decision?.type === 'support-suppress') clearInterval(timer);
      else schedule();
    }, 100);
  };
  if (document.readyState === 'loading')
    document.addEventListener('readystatechange', start, { once: true });
  else start();
})();
