import type { ReactiveController } from 'lit';
import {
  assignGroup,
  emptyRecord,
  groupSet,
  groupUntil,
  parseExperimentDays,
  parseGroupOverride,
  parseGroups,
  storedGroup,
  withGroup,
  type CampaignRecord,
  type ExperimentGroup,
  type Warn,
} from '@support-kit/core';
import { inertCopy } from '../shared/inert-content.js';

type Change = (current: CampaignRecord | null) => CampaignRecord | null;

/** Every event an appeal fires (or lets through from its inner elements). */
const EVENTS = [
  'support-amount-change',
  'support-show',
  'support-view',
  'support-suppress',
  'support-checkout',
  'support-snooze',
  'support-dismiss',
  'support-storage-error',
];

/** The random source of new assignments; tests inject a seeded one. */
let random: () => number = Math.random;
export function setExperimentRandom(source: () => number = Math.random): void {
  random = source;
}

/**
 * `<support-appeal experiment="NAME">`: reads the `<template group>` children when it connects,
 * resolves the reader's group once the campaign's record is read (the assignment is kept in
 * that record: no second read) — the `?support-group=NAME:ID` preview, else the stored group,
 * else a new one drawn by weight and written once — and applies it: the group's attributes set
 * the appeal's properties (the markup's values are kept to restore), its content is cloned into
 * the light DOM in place of the slotted children it replaces. Every event passing the appeal
 * gets `experiment` and `group` in its `detail`.
 */
export class ExperimentController implements ReactiveController {
  /** The reader's group, once resolved (null: no experiment, or not read yet). */
  group: ExperimentGroup | null = null;
  /** The group came from `?support-group=` (a preview): its events say `preview: true`. */
  #preview = false;
  #name = '';
  #groups: ExperimentGroup[] | null = null;
  #templates: HTMLTemplateElement[] = [];
  /** Property → the markup's value, for the properties the group set. */
  #markup = new Map<string, unknown>();
  #cloned: Node[] = [];
  #replaced: Node[] = [];

  constructor(
    private readonly host: HTMLElement & { addController(c: ReactiveController): void },
    private readonly warn: Warn,
    /** The site's longest hide (`support-kit:max-days`), which caps `experiment-days`. */
    private readonly maxDays: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of EVENTS) this.host.addEventListener(type, this.#tag, true);
    const name = this.host.getAttribute('experiment')?.trim() ?? '';
    const templates = [...this.host.children].filter(
      (child): child is HTMLTemplateElement => child instanceof HTMLTemplateElement,
    );
    this.#name = name;
    this.#templates = templates;
    this.#groups = name
      ? parseGroups(
          templates.map((t) => [...t.attributes].map((a) => [a.name, a.value] as const)),
          this.warn,
          name,
        )
      : null;
    if (!this.#groups) this.#use(null);
  }

  hostDisconnected(): void {
    for (const type of EVENTS) this.host.removeEventListener(type, this.#tag, true);
  }

  /**
   * The reader's group for this read of the campaign's record; a new assignment is written
   * with `write`. True when applying it changed the appeal (the caller waits for the update).
   */
  resolve(record: CampaignRecord | null, write: (change: Change) => unknown, now: number): boolean {
    const groups = this.#groups;
    if (!groups) return false;
    const name = this.#name;
    const preview = parseGroupOverride(location.search, name, groups, this.warn);
    this.#preview = preview !== null;
    let group = preview;
    if (!group) {
      // An assignment holds only for this very group set and until it expires: markup that
      // declares other groups under the same name draws afresh instead of pinning readers.
      const set = groupSet(groups);
      const assigned = assignGroup(groups, storedGroup(record, name, set, now), random);
      group = assigned.group;
      if (assigned.fresh) {
        const days = parseExperimentDays(
          this.host.getAttribute('experiment-days'),
          this.maxDays(),
          this.warn,
        );
        const entry = { group: group.id, set, until: groupUntil(now, days) };
        write((current) => withGroup(current ?? emptyRecord(now), name, entry, now));
      }
    }
    return this.#use(group);
  }

  /** Applies `group` (null: the markup as written); true when something changed. */
  #use(group: ExperimentGroup | null): boolean {
    if (group === this.group) return false;
    const host = this.host as unknown as Record<string, unknown>;
    // Back to the markup first: a group applies on top of what the site wrote.
    for (const [property, value] of this.#markup) host[property] = value;
    this.#markup.clear();
    for (const node of this.#cloned.splice(0)) node.parentNode?.removeChild(node);
    this.host.append(...this.#replaced.splice(0));
    this.group = group;
    if (!group) return true;
    for (const [attribute, value] of Object.entries(group.overrides)) {
      const property = attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      if (!this.#markup.has(property)) this.#markup.set(property, host[property]);
      host[property] = typeof host[property] === 'boolean' ? value !== 'false' : value;
    }
    const template = this.#templates[this.#groups?.indexOf(group) ?? -1];
    if (template) this.#clone(template);
    return true;
  }

  /**
   * Copies the template's content as inert content only (`inertCopy`: an allow-list of text
   * and simple formatting, built element by element, never parsed from strings) and puts it
   * in place of the light-DOM children of the slots it fills. A template is copy, not code: a
   * site's sanitizer may not look inside `template.content`, so the kit must not arm it.
   */
  #clone(template: HTMLTemplateElement): void {
    const copy = inertCopy(template.content, this.warn);
    const slotOf = (node: Node) =>
      node instanceof Element
        ? (node.getAttribute('slot') ?? '')
        : node.nodeType === Node.TEXT_NODE && node.textContent?.trim()
          ? ''
          : null;
    const slots = new Set([...copy.childNodes].map(slotOf).filter((slot) => slot !== null));
    for (const child of [...this.host.childNodes]) {
      if (child instanceof HTMLTemplateElement || !slots.has(slotOf(child) as string)) continue;
      this.#replaced.push(child);
      child.remove();
    }
    this.#cloned = [...copy.childNodes];
    this.host.append(copy);
  }

  /** Adds `{experiment, group}` to the detail of every event passing the appeal. */
  #tag = (event: Event) => {
    const detail = (event as Event & { detail?: unknown }).detail;
    if (this.group && typeof detail === 'object' && detail !== null) {
      Object.assign(
        detail,
        { experiment: this.#name, group: this.group.id },
        this.#preview && { preview: true },
      );
    }
  };
}
