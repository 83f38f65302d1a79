// `npm start`: the elements' manifest, then Storybook's dev server, with one line saying where
// to look once it answers (Storybook's own output kept to warnings and errors).
import { execFileSync, spawn } from 'node:child_process';

const PORT = 6006;
try {
  execFileSync('npm', ['run', 'analyze', '--silent'], { stdio: 'pipe' });
} catch (error) {
  process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
  process.exit(1);
}
const storybook = spawn(
  'node_modules/.bin/storybook',
  ['dev', '--port', String(PORT), '--exact-port', '--ci', '--quiet', '--loglevel', 'warn'],
  { stdio: 'inherit' },
);
storybook.on('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => storybook.kill(signal));

const url = `http://localhost:${PORT}`;
const deadline = Date.now() + 300_000;
while (Date.now() < deadline) {
  try {
    if ((await fetch(url)).ok) {
      console.log(
        `support-kit Storybook: ${url} — start with "Introduction", then "Demo / Article page"`,
      );
      break;
    }
  } catch {
    // not listening yet
  }
  await new Promise((done) => setTimeout(done, 500));
}
