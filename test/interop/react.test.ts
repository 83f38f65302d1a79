/**
 * React 19: test/interop/react-app.tsx, bundled with React as a site's build would bundle it
 * (scripts/wtr-interop-plugin.mjs), renders the kit from state, sets properties and attributes,
 * hears the kit's events through React's `on<event>` props and submits a form.
 */
import { mountReactApp } from './react-app.js';
import { describeFrameworkApp } from './framework-app.helpers.js';

describeFrameworkApp('React 19', 'The React Times', mountReactApp);
