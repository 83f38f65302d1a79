import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // A first run opens on the kit's introduction, not on Storybook's onboarding checklist.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // The README's screenshot, for the README page of the docs site.
  staticDirs: [{ from: '../docs', to: '/docs' }],
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      // Resolve workspace packages to their TypeScript source: no build needed for `npm start`.
      resolve: {
        ...viteConfig.resolve,
        conditions: ['source', 'browser', 'module', 'import', 'default'],
      },
      // Without this the dev server loads lit-html twice.
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        include: [
          ...(viteConfig.optimizeDeps?.include ?? []),
          'lit',
          'lit/directive-helpers.js',
          'localforage',
        ],
      },
    };
  },
};
export default config;
