/**
 * Builds the production bundle of each deployable (one file per process) with esbuild, so CI proves
 * that every container's entry point builds. Usage: `npm run bundle [-- name ...]`.
 *
 * Layout: dist/<name>/bundle/main.js, dist/<name>/schema/ (the contracts' GraphQL schemas, read at
 * start-up relative to the bundle) and dist/<name>/node_modules/: only the packages the bundle
 * leaves external, with their own dependencies — the deployable's pruned workspace. The image
 * (Dockerfile) is dist/<name> and nothing else; a check at the end loads every external from there.
 */
import { build, type Metafile } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..');
export const DEPLOYABLES: Record<string, string> = {
  gateway: 'gateway/src/main.ts',
  students: 'services/students/src/main.ts',
  companies: 'services/companies/src/main.ts',
  placements: 'services/placements/src/main.ts',
  search: 'services/search/src/main.ts',
  notifications: 'services/notifications/src/main.ts',
};

/** Where a workspace may keep a dependency of its own (not hoisted to the root). */
const WORKSPACE_DIRS = ['services/kit', 'services/students', 'services/companies', 'services/placements', 'services/search', 'services/notifications', 'gateway', 'contracts'].map((d) =>
  join(ROOT, d),
);

/**
 * Packages that are not bundled: native addons, the Kafka client (ES modules that read their own
 * WebAssembly file next to them), and the MongoDB driver's optional extras (required in a
 * try/catch, mostly not installed).
 */
const EXTERNAL = [
  'better-sqlite3',
  '@node-rs/argon2',
  '@platformatic/kafka',
  'kerberos',
  '@mongodb-js/zstd',
  'snappy',
  'mongodb-client-encryption',
  'gcp-metadata',
  'socks',
  'aws4',
  '@aws-sdk/credential-providers',
];

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? wanted : Object.keys(DEPLOYABLES);
  for (const name of names) {
    const entry = DEPLOYABLES[name];
    if (!entry) throw new Error(`unknown deployable "${name}"; choose from ${Object.keys(DEPLOYABLES).join(', ')}`);
    const out = join(ROOT, 'dist', name);
    rmSync(out, { recursive: true, force: true });
    const started = Date.now();
    const result = await build({
      entryPoints: [join(ROOT, entry)],
      outfile: join(out, 'bundle', 'main.js'),
      bundle: true,
      platform: 'node',
      target: 'node24',
      format: 'cjs',
      sourcemap: true,
      external: EXTERNAL,
      logLevel: 'warning',
      metafile: true,
    });
    cpSync(join(ROOT, 'contracts', 'schema'), join(out, 'schema'), { recursive: true });
    const shipped = shipExternals(result.metafile, join(out, 'node_modules'));
    checkExternalsLoad(join(out, 'bundle'), shipped);
    if (name === 'gateway') {
      // The gateway serves the web app: build it (the same step npm start takes) and ship it along.
      const web = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
      if (web.status !== 0) throw new Error('building the web app for the gateway bundle failed');
      cpSync(join(ROOT, 'web', 'dist'), join(out, 'web'), { recursive: true });
    }
    const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
    console.log(
      `bundled ${name}: dist/${name}/bundle/main.js (${(bytes / 1e6).toFixed(1)} MB with source map), node_modules: ${shipped.join(', ')} in ${Date.now() - started} ms`,
    );
  }
}

/** `node:fs`, `fs`, `util/types`: Node's own modules, never shipped. */
function isBuiltin(path: string): boolean {
  return path.startsWith('node:') || builtinModules.includes(path) || builtinModules.includes(packageName(path));
}

/** The package name of an import path: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(path: string): string {
  const parts = path.split('/');
  return path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The directory of `name` as Node would find it from `from` (walking up node_modules folders). */
function findPackage(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Copies every external the bundle imports, and the dependency closure of each, into `target`,
 * keeping npm's layout (a package nested under another's node_modules stays nested), so each
 * resolves the same versions as in the workspace. An external that is not installed is one of the
 * driver's optional extras and is left out, as it is in node_modules. Returns the externals shipped.
 */
function shipExternals(metafile: Metafile, target: string): string[] {
  // What the output really requires (the inputs also list type-only imports that were dropped),
  // found from the root or, for a package that only one workspace has, from that workspace.
  const wanted = new Map<string, string>(); // package → directory to resolve it from
  for (const output of Object.values(metafile.outputs)) {
    for (const imp of output.imports) {
      if (!imp.external || isBuiltin(imp.path)) continue;
      const name = packageName(imp.path);
      const from = [ROOT, ...WORKSPACE_DIRS].find((dir) => findPackage(name, dir)) ?? ROOT;
      wanted.set(name, from);
    }
  }
  const shipped: string[] = [];
  const placed = new Map<string, string>(); // path under target → the directory copied there
  const queue: Array<{ name: string; from: string; optional: boolean }> = [...wanted].map(([name, from]) => ({ name, from, optional: true }));
  while (queue.length) {
    const { name, from, optional } = queue.shift()!;
    const dir = findPackage(name, from);
    if (!dir) {
      if (optional) continue;
      throw new Error(`${name}, a dependency of an external, is not installed (from ${from})`);
    }
    // node_modules/a/node_modules/b → a/node_modules/b; a workspace's own node_modules/x → x.
    const at = dir.slice(dir.indexOf('/node_modules/') + '/node_modules/'.length);
    const there = placed.get(at);
    if (there === dir) continue;
    if (there !== undefined) throw new Error(`${at} would come from both ${there} and ${dir}; the externals need a deeper layout`);
    placed.set(at, dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      version: string;
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    if (wanted.get(name) === from) shipped.push(`${name}@${pkg.version}`);
    // Without the package's own node_modules: what of it is needed is queued like any dependency.
    cpSync(dir, join(target, at), { recursive: true, dereference: true, filter: (src) => !src.slice(dir.length).includes('/node_modules') });
    for (const dep of Object.keys(pkg.dependencies ?? {})) queue.push({ name: dep, from: dir, optional: false });
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) queue.push({ name: dep, from: dir, optional: true });
  }
  return shipped.sort();
}

/** Loads every shipped external from the bundle's directory, with the Node the images run. */
function checkExternalsLoad(bundleDir: string, shipped: string[]): void {
  const names = shipped.map((s) => s.slice(0, s.lastIndexOf('@')));
  const script = `for (const n of ${JSON.stringify(names)}) require(require.resolve(n, { paths: [${JSON.stringify(bundleDir)}] }));`;
  const check = spawnSync(process.execPath, ['-e', script], { cwd: bundleDir, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
  if (check.status !== 0) throw new Error(`the bundle's externals do not load from ${bundleDir}:\n${check.stderr}`);
}

// Run as a script (npm run bundle); tests import DEPLOYABLES without bundling anything.
if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
