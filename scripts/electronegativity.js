// The second half of `npm run lint`: Electronegativity's security checks over the Electron
// main process and preload. It reads all of src but the tests at once (a copy without
// them), so that its app-wide checks find the CSP, the navigation guards and the
// permission handlers where the app has them, and never in a test's stand-ins. A finding
// fails the lint until it is fixed, or acknowledged on its own line with
// `// eng-disable CHECK_ID` (`<!-- eng-disable CHECK_ID -->` in HTML) under a comment
// that says why it is safe.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = 'src';
/** Unit tests and their helpers (test-*.ts): never shipped, and full of windows made up to test the real ones. */
const TEST_FILE = /(\.test\.ts|(^|[\\/])test-[^\\/]*\.ts)$/;
/** Downloads Electron's release list from GitHub at every run; lint stays offline. */
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

answerTranslationRequestsOffline();
const run = require('@doyensec/electronegativity');
const electronVersion = require('electron/package.json').version;

const shipped = mkdtempSync(join(tmpdir(), 'claimdesk-electronegativity-'));
let report;
try {
  cpSync(ROOT, shipped, { recursive: true, filter: (path) => !TEST_FILE.test(path) });
  report = await run({
    input: shipped,
    excludeFromScan: NETWORK_CHECKS,
    electronVersionOverride: electronVersion,
    isRelative: true,
    parserPlugins: [],
  });
} finally {
  rmSync(shipped, { recursive: true, force: true });
}
const { issues, errors } = report;
// A file it could not parse went unchecked: that fails too.
const unread = errors.filter((error) => !error.tolerable);
for (const { file, message } of unread) console.error(`${ROOT}/${file}: Electronegativity could not read it (${message}).`);
for (const { file, location, id, severity, confidence, description, shortenedURL } of issues) {
  console.error(`${ROOT}/${file}:${location.line}:${location.column} ${id} (${severity.name} | ${confidence.name}): ${description} ${shortenedURL}`);
}
if (issues.length + unread.length > 0) {
  console.error(`\nElectronegativity: fix each finding, or acknowledge it with a reason (see ${import.meta.filename}).`);
  process.exit(1);
}
console.log(`Electronegativity: no unreviewed findings in ${ROOT} (Electron ${electronVersion}).`);

/**
 * Electronegativity asks its S3 bucket for translations at every start. Its `got` is
 * replaced by one that answers "unavailable" at once, so it keeps its bundled English
 * and nothing leaves the machine.
 */
function answerTranslationRequestsOffline() {
  const gotPath = createRequire(require.resolve('@doyensec/electronegativity')).resolve('got');
  const offline = async () => ({ statusCode: 503, headers: {}, body: '' });
  offline.head = offline;
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = offline;
  require.cache[gotPath] = stub;
}
