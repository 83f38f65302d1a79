import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    controls: { expanded: true },
    // The docs site opens on the introduction (the first entry), then the README.
    options: { storySort: { order: ['Introduction', 'README', 'Demo', 'Elements'] } },
  },
};
export default preview;
