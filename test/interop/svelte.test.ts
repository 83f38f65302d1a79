/**
 * Svelte 5: test/interop/SvelteApp.svelte, compiled and bundled with Svelte as a site's build
 * would (scripts/wtr-interop-plugin.mjs), renders the kit from `$state`, sets properties and
 * attributes, hears the kit's events with `onsupport-…` attributes and submits a form.
 */
import { mountSvelteApp } from './svelte-app.js';
import { describeFrameworkApp } from './framework-app.helpers.js';

describeFrameworkApp('Svelte 5', 'The Svelte Times', mountSvelteApp);
