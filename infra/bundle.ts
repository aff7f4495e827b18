/**
 * Builds the production bundle of each deployable (one file per process) with esbuild, so CI proves
 * that every container's entry point builds. Usage: `npm run bundle [-- name ...]`.
 *
 * Layout: dist/<name>/bundle/main.js and dist/<name>/schema/ (the contracts' GraphQL schemas, read at
 * start-up relative to the bundle). Native modules stay external and come from node_modules.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
export const DEPLOYABLES: Record<string, string> = {
  gateway: 'gateway/src/main.ts',
  students: 'services/students/src/main.ts',
  companies: 'services/companies/src/main.ts',
  placements: 'services/placements/src/main.ts',
  search: 'services/search/src/main.ts',
};

/** Native addons and optional drivers that cannot be bundled. */
const EXTERNAL = ['better-sqlite3', '@node-rs/argon2', 'kerberos', '@mongodb-js/zstd', 'snappy', 'mongodb-client-encryption', 'gcp-metadata', 'socks', 'aws4', '@aws-sdk/credential-providers'];

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
    if (name === 'gateway') {
      // The gateway serves the web app: build it (the same step npm start takes) and ship it along.
      const web = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
      if (web.status !== 0) throw new Error('building the web app for the gateway bundle failed');
      cpSync(join(ROOT, 'web', 'dist'), join(out, 'web'), { recursive: true });
    }
    const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
    console.log(`bundled ${name}: dist/${name}/bundle/main.js (${(bytes / 1e6).toFixed(1)} MB with source map) in ${Date.now() - started} ms`);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
