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
 * Error texts from libraries may quote what they were given (a driver echoing a duplicate key,
 * a parser echoing input): e-mail addresses in any logged string become "[e-mail]". Names can't be
 * recognised this way; they are kept out by what we log (ids and reasons) and by the paths above.
 */
const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;
function scrubEmails(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.includes('@') ? value.replace(EMAIL, '[e-mail]') : value;
  if (depth > 3 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: scrubEmails(value.message), stack: scrubEmails(value.stack) };
  if (Array.isArray(value)) return value.map((v) => scrubEmails(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubEmails(v, depth + 1)]));
}

/**
 * A logger with the product's format: JSON lines with the level as a word, ISO time, and the trace
 * and span id of whatever is being done when the line is written (a request, an event being handled).
 */
export function createLogger(destination: pino.DestinationStream): pino.Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (object) => scrubEmails(object) as Record<string, unknown> },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Errors are already turned into { type, message, stack } by scrubEmails (which runs first).
      serializers: { err: (err: unknown) => err },
      mixin() {
        const span = trace.getActiveSpan()?.spanContext();
        return span && trace.isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {};
      },
    },
    destination,
  );
}

/**
 * The process's one logger, on stdout. Asynchronous: a synchronous write per line was ~15% of the
 * embedded profile's time under load (issue 13); lines written while a write is under way go out
 * together in the next one. pino's destination writes what is still buffered synchronously when the
 * process exits (process.exit included), so the last lines are not lost; only a kill -9 can lose them.
 */
export const logger = createLogger(pino.destination({ dest: process.stdout.fd, sync: false }));

export type Logger = pino.Logger;
