/**
 * Experiments (`<support-appeal experiment="NAME">` with `<template group="ID" weight="W">`
 * children): which groups the markup declares, which group a reader belongs to, and the
 * `?support-group=NAME:ID` preview. Pure: the element reads the templates as data, passes
 * the stored assignment and a random source (tests pass a seeded one).
 */
import { DEV, type Warn } from './warn.js';
import { parseNumberAttribute, parsePlainNumber } from './number-attribute.js';
import type { CampaignRecord } from './rules.js';
// Values, not types, from rules.ts would make a cycle (rules reads stored groups through
// `pruneGroups`): the few constants needed are restated here.
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Ten years, as `MAX_DAYS` in rules.ts. */
const MAX_DAYS = 3650;
export const DEFAULT_EXPERIMENT_DAYS = 90;

/**
 * A reader's stored assignment to one experiment. It holds only for the group set it was
 * drawn from (`set`, see `groupSet`) and until `until`: markup that declares other groups
 * under the same experiment name (injected, or a changed test) draws afresh rather than
 * reusing it, and no assignment outlives `experiment-days`.
 */
export interface GroupEntry {
  group: string;
  /** Fingerprint of the group set it was drawn from: names, weights, holdout. */
  set: string;
  /** Epoch ms, rounded up to the hour (nothing stored says the time of a visit finer). */
  until: number;
}
import { localDay } from './day.js';

/** A `<template>` as data: its attributes, in document order. */
export type TemplateData = ReadonlyArray<readonly [name: string, value: string]>;

export interface ExperimentGroup {
  id: string;
  /** Share of new readers, relative to the other groups' weights. 0: no new readers. */
  weight: number;
  /** The holdout group: its readers never see the appeal (`reason: 'holdout'`). */
  holdout: boolean;
  /** Appeal attributes the group sets for its readers (`amounts`, `variant`, …). */
  overrides: Readonly<Record<string, string>>;
}

/** Attributes a group may override; any other attribute on a template is a mistake. */
export const GROUP_ATTRIBUTES: readonly string[] = [
  'amounts',
  'frequencies',
  'frequency',
  'default-amount',
  'custom-amount',
  'min-amount',
  'max-amount',
  'snooze-days',
  'checkout-url',
  'variant',
  'currency',
  'org',
  'dismissible',
  'dismiss-days',
  'max-views',
  'view-window-days',
];
/** Attributes that describe the group itself. */
const OWN = ['group', 'weight', 'holdout'];
/** A group id: short, printable, no `:` (the URL override's separator). */
const ID = /^[^\s:]{1,64}$/;

/**
 * The groups the templates declare, or null (no experiment) for bad markup: no templates, a
 * missing, malformed or duplicate id, a bad weight, weights that are all 0, an attribute a
 * group cannot set. Each problem is one warning; a half-declared experiment would split
 * readers in a way nobody planned, so any problem turns the whole experiment off.
 */
export function parseGroups(
  templates: readonly TemplateData[],
  warn: Warn,
  name = '',
): ExperimentGroup[] | null {
  if (templates.length === 0) {
    warn('experiment', name, DEV ? 'no <template group="…"> children. No experiment.' : '');
    return null;
  }
  const groups: ExperimentGroup[] = [];
  const ids = new Set<string>();
  let ok = true;
  for (const attributes of templates) {
    const own = new Map(attributes.filter(([key]) => OWN.includes(key)));
    const id = (own.get('group') ?? '').trim();
    if (!ID.test(id)) {
      warn(
        'group',
        id,
        DEV ? 'a group id is 1–64 characters without spaces or ":". No experiment.' : '',
      );
      ok = false;
    } else if (ids.has(id)) {
      warn('group', id, DEV ? 'two templates have this id. No experiment.' : '');
      ok = false;
    }
    ids.add(id);
    const weightText = own.get('weight')?.trim();
    const weight = weightText === undefined ? 1 : weightText === '' ? NaN : Number(weightText);
    if (!Number.isFinite(weight) || weight < 0 || weight > 1e9) {
      warn('weight', weightText ?? '', DEV ? 'a weight is a number ≥ 0. No experiment.' : '');
      ok = false;
    }
    const overrides: Record<string, string> = {};
    for (const [key, value] of attributes) {
      if (OWN.includes(key)) continue;
      if (GROUP_ATTRIBUTES.includes(key)) overrides[key] = value;
      else {
        warn(key, value, DEV ? `a group cannot set ${key} (group "${id}"). No experiment.` : '');
        ok = false;
      }
    }
    groups.push({ id, weight, holdout: own.has('holdout'), overrides });
  }
  if (ok && !groups.some((group) => group.weight > 0)) {
    warn('weight', '0', DEV ? 'every group has weight 0. No experiment.' : '');
    ok = false;
  }
  return ok ? groups : null;
}

/**
 * The reader's group: the stored one while it exists, else a new one drawn by weight from
 * `random()` (in [0, 1)). `fresh` says whether it must be stored. Callers pass the stored
 * group only when it was drawn from the same group set (`storedGroup`).
 */
export function assignGroup(
  groups: readonly ExperimentGroup[],
  stored: string | null | undefined,
  random: () => number,
): { group: ExperimentGroup; fresh: boolean } {
  const kept = groups.find((group) => group.id === stored);
  if (kept) return { group: kept, fresh: false };
  const total = groups.reduce((sum, group) => sum + group.weight, 0);
  const drawn = random();
  // A faulty random source (NaN, ≥ 1, negative) must still give one of the groups.
  let left = (Number.isFinite(drawn) ? Math.min(Math.max(drawn, 0), 1) : 0) * total;
  const eligible = groups.filter((group) => group.weight > 0);
  for (const group of eligible) {
    if (left < group.weight) return { group, fresh: true };
    left -= group.weight;
  }
  return { group: eligible[eligible.length - 1] ?? groups[0]!, fresh: true };
}

/**
 * A short fingerprint of a group set — every group's id, weight and holdout flag, whatever
 * the templates' order — so that an assignment drawn from one set is not reused by another
 * (32-bit FNV-1a: a guard against mix-ups, not a secret; the markup is public anyway).
 */
export function groupSet(groups: readonly ExperimentGroup[]): string {
  const text = groups
    .map((group) => `${group.id}\u0000${group.weight}\u0000${group.holdout ? 1 : 0}`)
    .sort()
    .join('\u0001');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** `experiment-days`: how long an assignment holds; default 90, at most the site's max-days. */
export function parseExperimentDays(
  text: string | null | undefined,
  maxDays: number,
  warn: Warn,
): number {
  const days = parseNumberAttribute(
    'experiment-days',
    text,
    DEFAULT_EXPERIMENT_DAYS,
    (token) => {
      const value = parsePlainNumber(token.trim());
      return value > 0
        ? { ok: true, value }
        : { ok: false, problem: DEV ? 'not a positive number of days' : '' };
    },
    warn,
  );
  const max = Math.min(maxDays, MAX_DAYS);
  if (days <= max) return days;
  warn('experiment-days', text ?? '', DEV ? `the longest is ${max} days. Using ${max}.` : '');
  return max;
}

/** When an assignment made at `now` for `days` ends: rounded up to the next whole hour. */
export function groupUntil(now: number, days: number): number {
  return Math.ceil((now + days * DAY_MS) / HOUR_MS) * HOUR_MS;
}

/**
 * `?support-group=NAME:ID` in the page URL: the group to preview for experiment `name` (not
 * stored), or null. An id the experiment lacks gets one warning, and the reader is assigned
 * as usual.
 */
export function parseGroupOverride(
  search: string,
  name: string,
  groups: readonly ExperimentGroup[],
  warn: Warn,
): ExperimentGroup | null {
  let values: string[];
  try {
    values = new URLSearchParams(search).getAll('support-group');
  } catch {
    return null;
  }
  for (const value of values) {
    const at = value.indexOf(':');
    if (at < 0 || value.slice(0, at) !== name) continue;
    const found = groups.find((group) => group.id === value.slice(at + 1));
    if (found) return found;
    warn(
      'support-group',
      value,
      DEV ? `experiment "${name}" has no such group. Assigning as usual.` : '',
    );
  }
  return null;
}

/** The group stored for `experiment`, if it was drawn from `set` and has not expired. */
export function storedGroup(
  record: CampaignRecord | null,
  experiment: string,
  set: string,
  now: number,
): string | null {
  const entry = record?.groups?.[experiment];
  return entry && entry.set === set && entry.until > now ? entry.group : null;
}

/** The record (`base`: the current one, or an empty one) with the reader's new assignment. */
export function withGroup(
  base: CampaignRecord,
  experiment: string,
  entry: GroupEntry,
  now: number,
): CampaignRecord {
  const groups = { ...pruneGroups(base.groups, now), [experiment]: entry };
  return { ...base, groups, updatedAt: localDay(now) };
}

/**
 * Stored assignments as they may be kept at `now`: well-formed entries that have not expired
 * (an end further than ten years away is corrupt or forged, and dropped), at most 50;
 * undefined when none is left. Entries of the older form (a bare group id, bound to no group
 * set and no end) are dropped: such a reader is drawn once more. Never throws; pure, so a
 * sweep of every record at page load can call it.
 */
export function pruneGroups(value: unknown, now: number): Record<string, GroupEntry> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const kept: Array<[string, GroupEntry]> = [];
  for (const [name, raw] of Object.entries(value as Record<string, unknown>)) {
    if (kept.length >= 50 || name.length > 200 || typeof raw !== 'object' || raw === null) {
      continue;
    }
    const { group, set, until } = raw as Partial<Record<keyof GroupEntry, unknown>>;
    if (
      typeof group === 'string' &&
      group.length <= 64 &&
      typeof set === 'string' &&
      set.length <= 16 &&
      typeof until === 'number' &&
      until > now &&
      until <= now + MAX_DAYS * DAY_MS + DAY_MS
    ) {
      kept.push([name, { group, set, until }]);
    }
  }
  return kept.length ? Object.fromEntries(kept) : undefined;
}
