// The React 19 baseline: the banner appeal as a React site would write it — the same markup,
// copy and CSS as <support-appeal variant="banner">, amounts formatted with Intl.NumberFormat
// (the same visible text), and its own "Remind me later" record read from localStorage before
// anything renders. The markup mirrors the kit's shadow trees, one wrapper per kit element
// (.sk-appeal on the root, .sk-amounts, .sk-remind-later) and <slot> elements where the kit
// has them, so the kit's own CSS (__APPEAL_CSS__, see ../react-look.mjs) applies unchanged.
// Built by ../react.mjs (esbuild, production React, minified) into one script served at
// /react-appeal.js; the bench article loads it where ours loads the drop-in.
//
// Bench hook (not part of what a site would do): window.__bench.decided() once it has
// decided, as the bench instrument does for the kit's support-show / support-suppress.
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
/* global __APPEAL_COPY__, __APPEAL_CSS__ */
/** The seed's heading and paragraphs, taken from the bench article's <support-appeal>. */
const COPY = __APPEAL_COPY__;
/** The kit's element styles, rewritten for this markup at bench time. */
const CSS = __APPEAL_CSS__;
const CAMPAIGN = 'bench';
const KEY = `appeal:${CAMPAIGN}`;
const LOCALE = 'en';
const CURRENCY = 'USD';
const AMOUNTS = [2, 5, 10, 25];
const FREQUENCIES = [
  ['monthly', 'Monthly'],
  ['one-off', 'One-time'],
];
const CHECKOUT =
  'https://donate.example.org/checkout?amount={amount}&currency={currency}&frequency={frequency}&campaign={campaign}&lang={locale}';
const DAY = 24 * 60 * 60 * 1000;

/** The snooze record "Remind me later" writes: { until: epoch ms }. */
function snoozedUntil() {
  try {
    const record = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    return typeof record?.until === 'number' ? record.until : 0;
  } catch {
    return 0;
  }
}

function Amounts({ format, frequency, setFrequency, amount, setAmount, custom, setCustom }) {
  const prefix = useMemo(
    () =>
      format.whole
        .formatToParts(1)
        .filter((part) => part.type === 'currency')
        .map((part) => part.value)
        .join(''),
    [format],
  );
  const currencyName = useMemo(
    () => new Intl.DisplayNames([LOCALE], { type: 'currency' }).of(CURRENCY),
    [],
  );
  return (
    <div className="sk-amounts amounts" part="amounts" custom-amount="">
      <div className="root" dir="ltr" lang={LOCALE}>
        <fieldset className="frequencies">
          <legend className="visually-hidden">How often</legend>
          <div className="options">
            {FREQUENCIES.map(([value, label]) => (
              <label className="option" key={value}>
                <input
                  type="radio"
                  name="frequency"
                  value={value}
                  checked={frequency === value}
                  onChange={() => setFrequency(value)}
                />
                <span className="face">{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="amounts" aria-describedby="sk-error">
          <legend className="amount-legend">
            <slot name="legend">Choose an amount</slot>
          </legend>
          <div className="options">
            {AMOUNTS.map((value) => (
              <label className="option" key={value}>
                <input
                  type="radio"
                  name="amount"
                  value={value}
                  checked={custom === '' && amount === value}
                  onChange={() => {
                    setCustom('');
                    setAmount(value);
                  }}
                />
                <span className="face">{format.whole.format(value)}</span>
              </label>
            ))}
          </div>
          <div className="custom">
            <label htmlFor="sk-custom">Other amount</label>
            <div className="field">
              <span className="affix" aria-hidden="true">
                {prefix}
              </span>
              <input
                id="sk-custom"
                type="text"
                inputMode="decimal"
                autoComplete="transaction-amount"
                aria-describedby="sk-currency sk-error"
                aria-invalid="false"
                value={custom}
                onChange={(event) => setCustom(event.target.value)}
              />
            </div>
            <span id="sk-currency" className="visually-hidden">
              {currencyName}
            </span>
          </div>
          <p id="sk-error" className="error" aria-live="polite"></p>
        </fieldset>
      </div>
    </div>
  );
}

function Appeal() {
  const [hidden, setHidden] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [frequency, setFrequency] = useState('monthly');
  const [amount, setAmount] = useState(5);
  const [custom, setCustom] = useState('');
  const format = useMemo(
    () => ({
      whole: new Intl.NumberFormat(LOCALE, {
        style: 'currency',
        currency: CURRENCY,
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      }),
      cents: new Intl.NumberFormat(LOCALE, { style: 'currency', currency: CURRENCY }),
    }),
    [],
  );
  if (hidden) return null;
  const chosen = custom === '' ? amount : Number(custom);
  const formatted = (Number.isInteger(chosen) ? format.whole : format.cents).format(chosen);
  const href = CHECKOUT.replace('{amount}', String(chosen))
    .replace('{currency}', CURRENCY)
    .replace('{frequency}', frequency)
    .replace('{campaign}', CAMPAIGN)
    .replace('{locale}', LOCALE);
  const remindLater = () => {
    localStorage.setItem(KEY, JSON.stringify({ until: Date.now() + DAY }));
    setHidden(true);
  };
  return (
    <section className="container banner" aria-labelledby="sk-heading" lang={LOCALE} dir="ltr">
      <div className="inner">
        <div className="bar">
          <div className="heading" id="sk-heading" role="heading" aria-level={2} tabIndex={-1}>
            <slot name="heading">
              <span>{COPY.heading}</span>
            </slot>
          </div>
          <button
            className="toggle quiet-button"
            type="button"
            onClick={() => setCollapsed(!collapsed)}
          >
            {collapsed ? 'Expand' : 'Minimize'}
          </button>
        </div>
        <div className="content" hidden={collapsed}>
          <div className="scroll">
            <div className="body">
              <slot>
                {COPY.paragraphs.map((text, i) => (
                  <p key={i}>{text}</p>
                ))}
              </slot>
            </div>
            <Amounts
              {...{ format, frequency, setFrequency, amount, setAmount, custom, setCustom }}
            />
          </div>
          <div className="actions">
            <a className="cta" part="cta" href={href}>
              <slot name="cta">
                Give{' '}
                <bdi lang={LOCALE} dir="ltr">
                  {formatted}
                </bdi>
                {frequency === 'monthly' ? ' a month' : ''}
              </slot>
            </a>
            <span className="sk-remind-later" part="remind-later">
              <button className="quiet-button" type="button" onClick={remindLater}>
                <slot>Remind me later</slot>
              </button>
            </span>
          </div>
          <div className="footer" hidden>
            <slot name="footer"></slot>
          </div>
        </div>
      </div>
    </section>
  );
}

if (snoozedUntil() > Date.now()) {
  window.__bench?.decided('support-suppress', 'snoozed');
} else {
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.append(style);
  const host = document.getElementById('appeal-root');
  host.className = 'sk-appeal';
  host.setAttribute('state', 'shown');
  createRoot(host).render(<Appeal />);
  window.__bench?.decided('support-show');
}
