// First render: a fully configured <support-appeal> against a hand-written DOM baseline that
// builds the same markup with createElement, in the same page, interleaved.
//
// The baseline is straight-line code — `const e3 = document.createElement('fieldset');
// e3.setAttribute('part', 'group'); e2.append(e3); …` — generated once, before timing, from
// the appeal's own rendered composed tree (elements, attributes, text, shadow roots, the
// same constructed style sheets adopted, checked radios, one listener per control), i.e. the
// code one would write by hand for the same result. Custom element tags become undefined
// `bench-*` tags so nothing upgrades. Lit's marker comments are the only nodes it omits.
//
// One sample: performance.now() before creating the host → the markup complete, styles
// applied and layout done (getBoundingClientRect forces style and layout). The component's
// sample includes its store read (an in-memory store answering at once), its decision and
// every nested element's update, all in the same task. Samples alternate AB/BA; gc() runs
// every 10 pairs outside timing; the first `warmup` pairs are dropped and reported as cold.
import { APPEAL_ATTRIBUTES, appendSiteContent, memoryStore, mountAppeal } from './common.js';

const stage = document.getElementById('stage');

function snapshot(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const spec = {
    tag: node.localName.replace(/^support-/, 'bench-'),
    attrs: [...node.attributes].map((a) => [a.name, a.value]),
    children: [...node.childNodes].map(snapshot).filter((child) => child !== null),
    checked: node.localName === 'input' && node.checked,
    control: /^(input|button|a|select|textarea)$/.test(node.localName),
  };
  if (node.shadowRoot) {
    spec.sheets = node.shadowRoot.adoptedStyleSheets;
    spec.shadow = [...node.shadowRoot.childNodes].map(snapshot).filter((child) => child !== null);
  }
  return spec;
}

/** Straight-line DOM code for a snapshot; `sheets` are passed in (the same CSSStyleSheets). */
function generate(hostSpec) {
  const lines = [];
  const sheets = [];
  let n = 0;
  const str = JSON.stringify;
  const emit = (spec, parent) => {
    if (typeof spec === 'string') {
      lines.push(`${parent}.append(${str(spec)});`);
      return;
    }
    const v = `e${n++}`;
    lines.push(`const ${v} = document.createElement(${str(spec.tag)});`);
    for (const [name, value] of spec.attrs)
      lines.push(`${v}.setAttribute(${str(name)}, ${str(value)});`);
    if (spec.checked) lines.push(`${v}.checked = true;`);
    if (spec.control) lines.push(`${v}.addEventListener('click', noop);`);
    if (spec.shadow) {
      const s = sheets.push(spec.sheets) - 1;
      lines.push(`const ${v}r = ${v}.attachShadow({ mode: 'open' });`);
      lines.push(`${v}r.adoptedStyleSheets = sheets[${s}];`);
      for (const child of spec.shadow) emit(child, `${v}r`);
    }
    for (const child of spec.children) emit(child, v);
    if (parent) lines.push(`${parent}.append(${v});`);
  };
  // The host's own children are the site's content, appended by the caller in both builds.
  emit({ ...hostSpec, children: [] }, null);
  lines.push('return e0;');
  const build = new Function('sheets', 'noop', lines.join('\n'));
  return { build: () => build(sheets, () => {}), source: lines.length };
}

function countNodes(node) {
  let count = node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE ? 1 : 0;
  for (const child of node.childNodes) count += countNodes(child);
  if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) count += countNodes(child);
  return count;
}

window.runRenderBench = async ({ samples, warmup }) => {
  await customElements.whenDefined('support-appeal');
  // The first mount on the page (template preparation, style sheets) is reported as cold.
  const t0 = performance.now();
  const reference = await mountAppeal(stage, memoryStore());
  reference.getBoundingClientRect();
  const cold = { component: performance.now() - t0 };
  const baseline = generate(snapshot(reference));
  const nodes = { component: countNodes(reference) };
  stage.replaceChildren();

  const component = async () => {
    const t0 = performance.now();
    const appeal = await mountAppeal(stage, memoryStore());
    appeal.getBoundingClientRect();
    const t1 = performance.now();
    return [t1 - t0, appeal];
  };
  const handWritten = () => {
    const t0 = performance.now();
    const host = baseline.build();
    appendSiteContent(host);
    stage.append(host);
    host.getBoundingClientRect();
    const t1 = performance.now();
    return [t1 - t0, host];
  };
  const [coldBaseline, first] = handWritten();
  cold.baseline = coldBaseline;
  nodes.baseline = countNodes(first);
  stage.replaceChildren();

  const times = { component: [], baseline: [] };
  for (let i = 0; i < warmup + samples; i++) {
    const order = i % 2 ? ['baseline', 'component'] : ['component', 'baseline'];
    for (const which of order) {
      const [ms] = which === 'component' ? await component() : handWritten();
      stage.replaceChildren();
      if (i >= warmup) times[which].push(ms);
    }
    if (i % 10 === 9) window.gc?.();
  }
  return {
    times,
    cold,
    nodes,
    baselineStatements: baseline.source,
    attributes: Object.keys(APPEAL_ATTRIBUTES).length,
  };
};
