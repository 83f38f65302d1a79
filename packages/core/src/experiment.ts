/**
 * Experiments (`<support-appeal experiment="NAME">` with `<template group="ID" weight="W">`
 * children): which groups the markup declares, which group a reader belongs to, and the
 * `?support-group=NAME:ID` preview. Pure: the element reads the templates as data, passes
 * the stored assignment and a random source (tests pass a seeded one).
 */
import { DEV, type Warn } from './warn.js';
import { emptyRecord, type CampaignRecord } from './rules.js';
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
 * `random()` (in [0, 1)). `fresh` says whether it must be stored. Changing the groups
 * therefore moves only readers whose group was removed.
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

/** The group stored for `experiment` in a campaign's record. */
export function storedGroup(record: CampaignRecord | null, experiment: string): string | null {
  return record?.groups?.[experiment] ?? null;
}

/** The record with the reader's group for `experiment`. */
export function withGroup(
  record: CampaignRecord | null,
  experiment: string,
  group: string,
  now: number,
): CampaignRecord {
  const base = record ?? emptyRecord(now);
  return {
    ...base,
    groups: { ...base.groups, [experiment]: group },
    updatedAt: localDay(now),
  };
}

/**
 * The assignments still in force at `now`: an entry whose numeric `until` is past is dropped,
 * any other is kept; undefined when none is left. The page-load sweep calls it for every
 * campaign, so an assignment does not outlive its `experiment-days` on a page without the appeal.
 */
export function pruneGroups<T>(
  groups: Readonly<Record<string, T>> | undefined,
  now: number,
): Record<string, T> | undefined {
  if (!groups) return undefined;
  const kept = Object.entries(groups).filter(([, entry]) => {
    const until =
      typeof entry === 'object' && entry !== null ? (entry as { until?: unknown }).until : null;
    return !(typeof until === 'number' && until <= now);
  });
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** A seeded random source in [0, 1) (mulberry32), for tests and reproducible previews. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
