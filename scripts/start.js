// `npm start`: build, then open the desktop app on the demo case. Where no Electron
// binary can be installed (an offline machine), say so and open the same app in the
// browser host instead.
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.js';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });

if (run('npm', ['run', 'build']).status !== 0) process.exit(1);

if (!electronBinary()) run('npx', ['install-electron']);
if (electronBinary()) {
  process.exit(run('npx', ['electron-vite', 'preview', '--skipBuild']).status ?? 1);
}
console.warn(
  '\nThe Electron binary is not installed and could not be downloaded on this machine.\n' +
    'Opening the same app in your browser instead (npm run web).\n',
);
process.exit(run('node', ['out/node/cli.js', 'demo']).status ?? 1);
