// @ts-check
// Read by `cem analyze` (npm run analyze). The manifest documents the public API: Storybook's
// tables, editors' completion (scripts/editor-data.mjs) and the package's custom-elements.json
// all come from it, so members a site cannot use are left out of it here — `#private` and
// `private`/`protected` members, and reactive state (`_record`), which the Lit plugin lists as
// attributes although it has none.
/** @param {{ name?: string, privacy?: string, static?: boolean }} item */
const isPublic = (item) =>
  !item.name?.startsWith('#') &&
  !item.name?.startsWith('_') &&
  item.privacy !== 'private' &&
  item.privacy !== 'protected' &&
  !item.static;

export default {
  plugins: [
    {
      name: 'support-kit-public-api-only',
      /** @param {{ customElementsManifest: any }} manifest */
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? []) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter(isPublic);
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter(isPublic);
            }
          }
        }
      },
    },
  ],
};
