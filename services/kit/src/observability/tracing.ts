import { SpanKind, SpanStatusCode, context, createContextKey, propagation, trace, ROOT_CONTEXT, type Context, type Link, type Span } from '@opentelemetry/api';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

let provider: NodeTracerProvider | undefined;

/**
 * Sets up tracing for this process, once. Trace context is always propagated (W3C traceparent
 * over HTTP and in the CloudEvents envelope) and log lines always carry the trace id, but spans
 * leave the process only when OTEL_EXPORTER_OTLP_ENDPOINT (or ..._TRACES_ENDPOINT) is set: then
 * over OTLP/HTTP (JSON) to that collector, and nowhere otherwise. The exporter reads the standard
 * OTEL_* variables itself (endpoint, headers, timeout; OTEL_BSP_* for batching).
 */
export function startTracing(serviceName: string): void {
  if (provider) return;
  const exporting = Boolean(process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME ?? serviceName }),
    spanProcessors: exporting ? [new BatchSpanProcessor(new OTLPTraceExporter())] : [],
  });
  // Registers the AsyncLocalStorage context manager and the W3C trace-context propagator too.
  provider.register();
  subscribe('undici:request:create', passContextToFetch);
}

/** What the HTTP layer knows about the request being served (see requests.ts). */
export interface RequestInfo {
  requestId: string;
  operation?: string;
  /** Requests whose identical subgraph call, already in flight, answered this one too (gateway). */
  sharedFrom?: string[];
}
export const REQUEST_INFO = createContextKey('career-boost request');

/**
 * Says, on the request being served (its log line and span), that a subgraph answer came from the
 * identical call another request had in flight: `requestId` is that request's, whose own log lines
 * (and the subgraph's) show the call.
 */
export function noteSharedAnswer(requestId: string): void {
  const info = context.active().getValue(REQUEST_INFO) as RequestInfo | undefined;
  if (!info) return;
  info.sharedFrom = [...(info.sharedFrom ?? []), requestId];
  trace.getActiveSpan()?.setAttribute('cb.shared_from', info.sharedFrom);
}

/** The id of the request being served, to pass on to the subgraphs. */
export function currentRequestId(): string | undefined {
  return (context.active().getValue(REQUEST_INFO) as RequestInfo | undefined)?.requestId;
}

/**
 * Calls made with the global fetch (the gateway's identity component asking the students and
 * companies services to check a password) carry the caller's trace and request id, like the
 * gateway's own subgraph fetches. Node's fetch announces each request on this diagnostics channel.
 */
function passContextToFetch(message: unknown): void {
  const request = (message as { request?: { headers?: unknown; addHeader?(name: string, value: string): void } }).request;
  if (!request?.addHeader) return;
  const sent = Array.isArray(request.headers) ? request.headers.join('\n') : String(request.headers ?? '');
  if (/(^|\n)traceparent[:\n]/i.test(sent)) return;
  for (const [name, value] of Object.entries(currentTraceHeaders())) request.addHeader(name, value);
  const requestId = currentRequestId();
  if (requestId && !/(^|\n)x-request-id[:\n]/i.test(sent)) request.addHeader('x-request-id', requestId);
}

/** Sends the spans still buffered (on a graceful stop). */
export async function stopTracing(): Promise<void> {
  const p = provider;
  provider = undefined;
  if (p) unsubscribe('undici:request:create', passContextToFetch);
  await p?.shutdown().catch(() => undefined);
}

/** The tracer of one part of the process: a service's name, 'gateway', 'outbox', … */
export const tracer = (name: string) => trace.getTracer(`career-boost/${name}`);

/** The active trace context as W3C headers (`traceparent`, and `tracestate` when there is one). */
export function currentTraceHeaders(ctx: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier;
}

/** The context a W3C `traceparent` (from a header or an event envelope) continues. */
export function contextFrom(carrier: { traceparent?: unknown; tracestate?: unknown }): Context {
  const headers: Record<string, string> = {};
  if (typeof carrier.traceparent === 'string') headers.traceparent = carrier.traceparent;
  if (typeof carrier.tracestate === 'string') headers.tracestate = carrier.tracestate;
  return propagation.extract(ROOT_CONTEXT, headers);
}

/** Runs `work` in a new span, child of `parent`; the span records a thrown error and ends either way. */
export async function inSpan<T>(
  tracerName: string,
  name: string,
  options: { kind: SpanKind; attributes?: Record<string, string | number | boolean>; parent?: Context; links?: Link[] },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  const span = tracer(tracerName).startSpan(name, { kind: options.kind, attributes: options.attributes, links: options.links }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (err) {
    span.recordException(err as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
    throw err;
  } finally {
    span.end();
  }
}

export { SpanKind };
