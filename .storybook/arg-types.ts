import type { ArgTypes } from '@storybook/web-components-vite';

interface Item {
  name: string;
  kind?: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const camel = (name: string) => name.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase());

/**
 * The API table of an element, from the manifest. Storybook's own table keys every row by its
 * name alone, so a part, a slot and an attribute of one name (`amounts`, `heading`, `footer`)
 * overwrite each other and only the last shows; here slots, parts and custom properties get
 * keys of their own, and every row keeps its name.
 */
export function argTypesFor(manifest: Manifest, tagName: string): ArgTypes | undefined {
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tagName);
  if (!declaration) return undefined;
  const argTypes: ArgTypes = {};
  const add = (items: Item[] | undefined, category: string, key: (name: string) => string) => {
    for (const item of items ?? []) {
      if (!item.name || item.kind === 'method') continue;
      const typed = category === 'attributes' || category === 'properties';
      argTypes[key(item.name)] = {
        name: item.name,
        description: item.description,
        type: { name: typed ? (item.type?.text ?? 'string') : 'void' } as never,
        table: {
          category,
          type: { summary: item.type?.text ?? '' },
          defaultValue: item.default === undefined ? undefined : { summary: item.default },
        },
      };
    }
  };
  add(declaration.members, 'properties', (name) => name);
  add(declaration.attributes, 'attributes', (name) => name);
  for (const event of declaration.events ?? []) {
    // The Actions panel logs the event through an `on…` arg, as Storybook's table does.
    argTypes[`on${camel(`-${event.name}`)}`] = {
      name: `on${camel(`-${event.name}`)}`,
      action: event.name,
      table: { disable: true },
    };
  }
  add(declaration.events, 'events', (name) => name);
  add(declaration.slots, 'slots', (name) => `slot:${name}`);
  add(declaration.cssProperties, 'css custom properties', (name) => `cssprop:${name}`);
  add(declaration.cssParts, 'css shadow parts', (name) => `part:${name}`);
  return argTypes;
}
