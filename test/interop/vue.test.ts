/**
 * Vue 3: test/interop/vue-app.ts, bundled with Vue as a site's build would bundle it
 * (scripts/wtr-interop-plugin.mjs), renders the kit from reactive state, sets properties and
 * attributes, hears the kit's events with `@support-…` listeners and submits a form.
 */
import { mountVueApp } from './vue-app.js';
import { describeFrameworkApp } from './framework-app.helpers.js';

describeFrameworkApp('Vue 3', 'The Vue Times', mountVueApp);
