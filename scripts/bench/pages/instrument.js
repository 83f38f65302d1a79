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
  for (const type of ['support-show', 'support-suppress']) {
    document.addEventListener(
      type,
      (event) => {
        if (bench.decision) return;
        const start = performance.getEntriesByName('support-kit:start')[0];
        bench.decision = {
          type,
          reason: event.detail?.reason ?? null,
          at: performance.now(),
          start: start ? start.startTime : null,
        };
      },
      true,
    );
  }
})();
