// @ts-check
// Serves a virtual module, /__stories__.js, that imports every stories/**/*.stories.ts file,
// so that the story smoke test always covers every story, including ones added later.
import { readdirSync } from 'node:fs';

export const STORIES_MODULE = '/__stories__.js';

export function storiesIndexPlugin() {
  return {
    name: 'support-kit-stories-index',
    /** @param {{ path: string }} context */
    serve(context) {
      if (context.path !== STORIES_MODULE) return undefined;
      const files = readdirSync('stories', { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.stories.ts'))
        .map((name) => `stories/${name.split('\\').join('/')}`)
        .sort();
      const imports = files.map((file, i) => `import * as m${i} from '/${file}';`).join('\n');
      const entries = files.map((file, i) => `  [${JSON.stringify(file)}, m${i}],`).join('\n');
      return {
        body: `${imports}\nexport const storyFiles = [\n${entries}\n];\n`,
        type: 'js',
      };
    },
  };
}
