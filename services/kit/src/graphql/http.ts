import express, { type ErrorRequestHandler, type Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Requests larger than this are refused with 413 before any GraphQL work is done. */
export const BODY_LIMIT = '256kb';

/** An Express app that parses JSON bodies up to the limit and answers oversize bodies in GraphQL form. */
export function graphqlHttpApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: BODY_LIMIT }));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  return app;
}

/** Turns body-parser failures into GraphQL-shaped JSON errors instead of HTML pages. */
export const jsonBodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  const e = err as { type?: string; status?: number };
  if (e.type === 'entity.too.large') {
    res.status(413).json({
      errors: [{ message: `The request body is larger than ${BODY_LIMIT}; send less data per request.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    return;
  }
  if (e.type === 'entity.parse.failed') {
    res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  if (e.status && e.status >= 400 && e.status < 500) {
    res.status(e.status).json({ errors: [{ message: 'The request could not be read.', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next(err);
};

export function listen(app: Express, port: number, host: string): Promise<{ server: Server; url: string; port: number }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, () => {
      // The gateway keeps connections to the subgraphs open. Node closes idle ones after 5 s by
      // default, so a request could land on a socket that is just being closed (ECONNRESET);
      // keep them open longer than any client-side idle limit instead.
      server.keepAliveTimeout = 65_000;
      server.headersTimeout = 66_000;
      const address = server.address() as AddressInfo;
      resolve({ server, port: address.port, url: `http://${host}:${address.port}` });
    });
    server.on('error', reject);
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
