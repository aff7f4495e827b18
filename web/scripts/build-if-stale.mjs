// `npm start` runs this first: it builds the web app (about 2 s) only when web/dist is missing or
// older than a source file, so a restart costs nothing and a fresh clone serves the app at once.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(web, 'dist', 'index.html');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.mts', 'package.json', '../contracts/src/vocab', '../contracts/src/enums.ts'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map((s) => newest(join(web, s))));
if (builtAt >= sourcesAt) process.exit(0);

let vite;
try {
  vite = await import('vite');
} catch {
  if (builtAt) process.exit(0); // an older build without the build tools (npm ci --omit=dev): serve it
  console.error('The web app is not built and Vite is not installed: run `npm ci` (with dev dependencies) first.');
  process.exit(1);
}
const started = Date.now();
process.stdout.write('Building the web app… ');
await vite.build({ root: web, logLevel: 'warn' });
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
