/**
 * Mounts SvelteApp.svelte (a Svelte 5 app using the kit) with Svelte's own `mount`, as a
 * site's entry point would. Bundled with Svelte by scripts/wtr-interop-plugin.mjs.
 */
import { mount, unmount } from 'svelte';
import '@support-kit/elements/support-appeal.js';
import { SnoozeStore } from '@support-kit/core';
import SvelteApp from './SvelteApp.svelte';

/** Mounts the app into `container`; returns its unmount. */
export function mountSvelteApp(container: HTMLElement, campaign: string): () => void {
  const app = mount(SvelteApp, {
    target: container,
    props: { campaign, store: new SnoozeStore({ channelName: `svelte-${campaign}` }) },
  });
  return () => void unmount(app);
}
