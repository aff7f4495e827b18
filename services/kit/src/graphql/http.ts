import express, { type ErrorRequestHandler, type Express } from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readiness } from '../observability/health';
import { registry } from '../observability/metrics';
import { observeRequests } from '../observability/requests';

/** Requests larger than this are refused with 413 before any GraphQL work is done. */
export const BODY_LIMIT = '256kb';

/** The request line (URL) and headers together: Node's default, stated so the error can name it. */
export const HEADER_LIMIT_BYTES = 16 * 1024;

/**
 * An Express app that traces and logs every request, parses JSON bodies up to the limit (oversize
 * bodies are answered in GraphQL form), and answers the operator's routes: /livez, /readyz (with
 * /health kept as an alias of /livez for existing probes) and /metrics. `server` names it in logs,
 * spans and metrics: 'gateway' or the subgraph's service name.
 */
export function graphqlHttpApp(server: string): Express {
  const app = express();
  app.disable('x-powered-by');
  const requests = observeRequests(server);
  app.use(requests.start);
  app.use(express.json({ limit: BODY_LIMIT }));
  // A body of another content type is not parsed; Apollo then answers with a code (CSRF or
  // "POST body missing") instead of the integration's 500 for a missing req.body.
  app.use((req, _res, next) => {
    req.body ??= {};
    next();
  });
  app.use(requests.resume);
  const live: express.RequestHandler = (_req, res) => {
    res.json({ status: 'ok' });
  };
  app.get('/livez', live);
  app.get('/health', live);
  app.get('/readyz', async (_req, res) => {
    const { ready, checks } = await readiness();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
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

/**
 * What Node's HTTP parser refuses never reaches Express, and Node would answer with an empty body
 * (431 for a 20 KB header or a 100 KB GET URL): answer in GraphQL form instead.
 */
function answerClientErrors(err: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const [status, reason, message] = tooLarge
    ? [431, 'Request Header Fields Too Large', `The URL and headers are larger than ${HEADER_LIMIT_BYTES / 1024} KB together; send the operation in a POST body and keep headers short.`]
    : [400, 'Bad Request', 'The request is not valid HTTP.'];
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function listen(app: Express, port: number, host: string): Promise<{ server: Server; url: string; port: number }> {
  return new Promise((resolve, reject) => {
    const server = createServer({ maxHeaderSize: HEADER_LIMIT_BYTES }, app);
    server.on('clientError', answerClientErrors);
    server.listen(port, host, () => {
      // The gateway keeps connections to the subgraphs open. Node closes idle ones after 5 s by
      // default, so a request could land on a socket that is just being closed (ECONNRESET);
      // keep them open longer than any client-side idle limit instead: the gateway's pool lets
      // its sockets go after 30 s (gateway/src/subgraph-source.ts).
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
