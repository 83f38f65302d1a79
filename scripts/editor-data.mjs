// @ts-check
// Editor completion for plain HTML, generated from the elements' manifest after `cem analyze`
// (part of `npm run analyze`), into packages/elements beside custom-elements.json:
//   vscode.html-custom-data.json — VS Code's HTML custom data (a site adds it to
//     `html.customData` in .vscode/settings.json);
//   web-types.json — JetBrains IDEs, found through package.json's "web-types" field.
// Every element with its description, attributes (values of a string union, boolean ones
// without a value), and in web-types its events, slots and parts.
import { readFileSync, writeFileSync } from 'node:fs';

const dir = 'packages/elements';
const manifest = JSON.parse(readFileSync(`${dir}/custom-elements.json`, 'utf8'));
const { name, version } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));

/**
 * @typedef {{ name: string, description?: string, type?: { text?: string } }} Item
 * @typedef {Item & { tagName: string, summary?: string, attributes?: Item[], events?: Item[],
 *   slots?: Item[], cssParts?: Item[], cssProperties?: Item[], customElement?: boolean }} Element
 */
/** @type {Element[]} */
export const elements = manifest.modules
  .flatMap((/** @type {{ declarations?: Element[] }} */ module) => module.declarations ?? [])
  .filter((/** @type {Element} */ declaration) => declaration.customElement && declaration.tagName)
  .sort((/** @type {Element} */ a, /** @type {Element} */ b) => a.tagName.localeCompare(b.tagName));

/** `'inline' | 'banner' | 'modal'` → ['inline', 'banner', 'modal']; anything else → []. */
function unionValues(/** @type {string | undefined} */ type = '') {
  const parts = type.split('|').map((part) => part.trim());
  return parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((p) => p.slice(1, -1)) : [];
}
const isBoolean = (/** @type {Item} */ item) => item.type?.text === 'boolean';
const text = (/** @type {string | undefined} */ value) => (value ?? '').trim();
/** The name and description every entry of both formats starts with. */
const described = (/** @type {Item} */ item) => ({
  name: item.name,
  description: text(item.description),
});
/** An attribute's closed set of values (`'inline' | 'banner'`), the same in both formats. */
function allowed(/** @type {Item} */ attribute) {
  const values = unionValues(attribute.type?.text);
  return values.length > 0 ? { values: values.map((value) => ({ name: value })) } : {};
}

const vscode = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: text(element.description || element.summary),
    attributes: (element.attributes ?? []).map((attribute) => ({
      ...described(attribute),
      ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
      ...allowed(attribute),
    })),
  })),
};

const named = (/** @type {Item[] | undefined} */ items) => (items ?? []).map(described);
const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name,
  version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: text(element.description || element.summary),
        attributes: (element.attributes ?? []).map((attribute) => ({
          ...described(attribute),
          value: isBoolean(attribute)
            ? { type: 'boolean', required: false }
            : { type: attribute.type?.text ?? 'string', kind: 'plain' },
          ...allowed(attribute),
        })),
        events: named(element.events),
        slots: named(element.slots),
        css: { parts: named(element.cssParts), properties: named(element.cssProperties) },
      })),
    },
  },
};

writeFileSync(`${dir}/vscode.html-custom-data.json`, `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync(`${dir}/web-types.json`, `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(
  `editor data: ${dir}/vscode.html-custom-data.json and web-types.json, ${elements.length} elements`,
);
