import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { logger } from '@cb/kit';

/**
 * Where the built web app is: beside the production bundle (dist/gateway/web, see infra/bundle.ts),
 * or where `npm run build:web` puts it in the repository.
 */
export const WEB_DIST_DIR =
  [resolve(__dirname, '..', 'web'), resolve(__dirname, '..', '..', 'web', 'dist')].find((d) => existsSync(join(d, 'index.html'))) ??
  resolve(__dirname, '..', '..', 'web', 'dist');

/** Paths the web app never owns: they stay with the gateway's own routes. */
const NOT_THE_APP = /^\/(graphql|health|livez|readyz|metrics)(\/|$)/;

let warned = false;

/**
 * Serves the built web app beside /graphql on the same origin, so the app needs no API URL and no
 * CORS. Hashed assets are cached for a year; index.html never is, so a new build shows at once.
 * Any other GET that accepts HTML gets index.html (the app's router decides what to show).
 */
export function serveWebApp(app: Express, dir = WEB_DIST_DIR): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    if (!warned) logger.warn({ missing: index }, 'web app not built: run `npm run build:web`; the GraphQL API works without it');
    warned = true;
    app.get('/', (_req, res) => {
      res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build:web`, then restart. GraphQL is at /graphql.');
    });
    return;
  }
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  // A stale tab may ask for an asset of an older build: a plain 404, never index.html as script.
  app.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.get(/.*/, (req, res, next) => {
    if (NOT_THE_APP.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
