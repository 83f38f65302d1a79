// Runs web-test-runner, under a virtual X display when WebKit needs one and none is set
// (WebKitGTK's MiniBrowser has no true headless mode).
import { spawnSync } from 'node:child_process';

const args = ['web-test-runner', ...process.argv.slice(2)];
const wantsWebKit = (process.env.BROWSERS ?? 'webkit').includes('webkit');
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
const command =
  wantsWebKit && !process.env.DISPLAY && hasXvfb
    ? ['xvfb-run', ['-a', '--server-args=-screen 0 1366x768x24', 'npx', ...args]]
    : ['npx', args];
const result = spawnSync(command[0], command[1], { stdio: 'inherit' });
process.exit(result.status ?? 1);
