import { trace } from '@opentelemetry/api';
import pino from 'pino';

/**
 * Personal data never reaches a log line: these paths are censored wherever a caller puts them in
 * a log object (one and two levels deep), and the request log never includes bodies or GraphQL
 * variables in the first place. Redaction is the safety net, not the plan.
 */
const PERSONAL = ['email', 'contactEmail', 'password', 'name', 'contactName', 'motivation', 'note', 'variables'];
export const REDACTED_PATHS = [
  ...PERSONAL,
  ...PERSONAL.map((p) => `*.${p}`),
  ...PERSONAL.map((p) => `*.*.${p}`),
  'authorization',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
];

/**
 * The process's one logger: JSON lines on stdout (pipes are synchronous on Linux, so nothing is
 * lost on exit), with the level as a word, ISO time, and the trace and span id of whatever is
 * being done when the line is written (a request, an event being handled).
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? 'info',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin() {
      const span = trace.getActiveSpan()?.spanContext();
      return span && trace.isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {};
    },
  },
  process.stdout,
);

export type Logger = pino.Logger;
