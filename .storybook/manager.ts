// The Storybook manager (the page around the stories): the kit's name in the sidebar and tab.
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({ theme: create({ base: 'light', brandTitle: 'support-kit' }) });
