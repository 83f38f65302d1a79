import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';
import { argTypesFor, type Manifest } from './arg-types.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { extractArgTypes: (tagName: string) => argTypesFor(manifest as Manifest, tagName) },
    // The docs site opens on the introduction (the first entry), then the README.
    options: {
      storySort: { order: ['Introduction', 'README', 'Security', 'Demo', 'Elements', 'Guides'] },
    },
  },
};
export default preview;
