import type { ApolloServerPlugin } from '@apollo/server';
import { SpanKind, SpanStatusCode, context, propagation, trace, type Context } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import { logger } from './logger';
import { graphqlOperationDuration, operationLabel } from './metrics';
import { REQUEST_INFO, tracer, type RequestInfo } from './tracing';

/** A request id a client or the gateway sent is kept when it looks like one; otherwise a new one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const QUIET_PATHS = new Set(['/livez', '/readyz', '/health', '/metrics']);

/** How a request came in: enough to continue its trace, name it and log it. */
interface IncomingRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A request being served: its context (run its work in it), and the end that logs it. */
interface ServedRequest {
  requestId: string;
  context: Context;
  /** Ends the span and writes the request's log line; `aborted` when the caller went away first. */
  finish(status: number, aborted: boolean): void;
}

/**
 * What every served request gets, over HTTP or in-process (graphql/in-process.ts): the caller's
 * trace continued (W3C traceparent) in a server span, an id (`x-request-id`, kept when the caller
 * sent one), and one log line at the end — method, path, status, duration, request and trace id;
 * never the body, the query's variables or headers, which may carry personal data.
 *
 * `inProcess` requests (a subgraph asked by the gateway of the same process) log their line at
 * debug: the gateway's line of the same request id is the one info line a request writes, and
 * the subgraph's part stays in the trace as its server span (issue 13: four synchronous lines per
 * search were ~15% of the embedded profile's time).
 */
export function serveRequest(server: string, request: IncomingRequest, inProcess = false): ServedRequest {
  const header = request.headers['x-request-id'];
  const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
  const { method, path } = request;
  const parent = propagation.extract(context.active(), request.headers);
  const span = tracer(server).startSpan(
    `${method} ${path}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'url.path': path, 'cb.request_id': requestId } },
    parent,
  );
  const info: RequestInfo = { requestId };
  const ctx = trace.setSpan(parent, span).setValue(REQUEST_INFO, info);
  const started = process.hrtime.bigint();
  return {
    requestId,
    context: ctx,
    finish(status, aborted) {
      span.setAttribute('http.response.status_code', status);
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      context.with(ctx, () => {
        const line = {
          server,
          requestId,
          method,
          path,
          status,
          durationMs: Math.round(durationMs * 10) / 10,
          operation: info.operation,
          ...(info.sharedFrom ? { sharedFrom: info.sharedFrom } : {}),
          ...(aborted ? { aborted: true } : {}),
        };
        if (inProcess || QUIET_PATHS.has(path)) logger.debug(line, 'request');
        else logger.info(line, 'request');
      });
      span.end();
    },
  };
}

/** The first middleware of every HTTP server: `serveRequest` for each request, its id on the response. */
export function observeRequests(server: string): { start: RequestHandler; resume: RequestHandler } {
  const start: RequestHandler = (req, res, next) => {
    // The path is read now: a router mounted on a path (app.use('/graphql', …)) rewrites it for its handlers.
    const served = serveRequest(server, { method: req.method, path: req.path, headers: req.headers });
    res.setHeader('x-request-id', served.requestId);
    res.locals.traceContext = served.context;
    // 'close' comes after the response is sent, and also when the client went away before that.
    res.once('close', () => served.finish(res.statusCode, !res.writableFinished));
    context.with(served.context, next);
  };
  // Body parsing continues on the socket's callbacks, outside the request's context: re-enter it.
  const resume: RequestHandler = (_req, res, next) => {
    const ctx = res.locals.traceContext as Context | undefined;
    if (ctx) context.with(ctx, next);
    else next();
  };
  return { start, resume };
}

/** Names the request's span after the operation, once it is known. */
export function nameOperationSpan(operationName: string | null | undefined, operationType: string | undefined): void {
  const span = trace.getActiveSpan();
  span?.setAttribute('graphql.operation.name', operationLabel(operationName));
  if (operationType) span?.setAttribute('graphql.operation.type', operationType);
}

/** Times one answered operation by its (bounded) name and outcome, and names the request's log line after it. */
export function recordOperation(server: string, started: bigint, operationName: string | null | undefined, failed: boolean): void {
  const operation = operationLabel(operationName);
  graphqlOperationDuration.observe({ server, operation, outcome: failed ? 'error' : 'ok' }, Number(process.hrtime.bigint() - started) / 1e9);
  const info = context.active().getValue(REQUEST_INFO) as RequestInfo | undefined;
  if (info) info.operation = operation;
  // GraphQL answers errors with HTTP 200: mark the request's span, so failed calls stand out.
  if (failed) trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: 'GraphQL errors' });
}

/**
 * Times every GraphQL operation by its (bounded) name and outcome, and names the request's span
 * and log line after it. Used by the gateway and by every subgraph; the in-process path of a
 * subgraph (graphql/in-process.ts) records the same through the two functions above.
 */
export function operationMetrics(server: string): ApolloServerPlugin<object> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async didResolveOperation({ operationName, operation }) {
          nameOperationSpan(operationName, operation?.operation);
        },
        async willSendResponse({ response, errors, operationName }) {
          const failed = Boolean(errors?.length) || (response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length));
          recordOperation(server, started, operationName ?? request.operationName, failed);
        },
      };
    },
  };
}
