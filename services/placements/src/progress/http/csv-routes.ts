import { Reasons } from '@cb/contracts';
import express, { type Request, type Response, type Router } from 'express';
import { DomainError, logger, requestLanguage, type ErrorCode, type TokenRevocations, type TokenService, type Viewer } from '@cb/kit';
import type { ProgressAuditUseCase } from '../app/audit';
import type { ProgressUseCases } from '../app/progress';

interface ProgressCsvDeps {
  /** Checks the bearer token, as the subgraph does. */
  tokens: TokenService;
  /** Refuses tokens of erased or locked accounts, as the subgraph does. */
  revocations: TokenRevocations;
  progress: ProgressUseCases;
  audit: ProgressAuditUseCase;
}

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  QUERY_TOO_COMPLEX: 400,
  TOO_MANY_REQUESTS: 429,
};

/**
 * The progress CSV as a download, served by the placements service beside its /graphql in both
 * profiles (the gateway passes `/exports/*` on to it), staff only:
 * `GET /exports/progress.csv?year=2026&period=CALENDAR&lang=nl` with `Authorization: Bearer <token>`.
 * `year` defaults to the current period, `period` to CALENDAR, `lang` to the Accept-Language header
 * (English when preferred to Dutch, else Dutch: the kit's requestLanguage, as in GraphQL). A user's mistake comes back as JSON in the shape
 * of a GraphQL error with its code, never as a 500 or a stack trace. The same CSV is the GraphQL
 * field `placementProgressCsv`.
 * `GET /exports/progress-audit.csv` takes the same parameters and gives the staff audit list
 * (GraphQL `progressAuditCsv`).
 */
export function progressCsvRouter({ tokens, revocations, progress, audit }: ProgressCsvDeps): Router {
  const router = express.Router();
  const download = (file: { NL: string; EN: string }, make: (viewer: Viewer | undefined, q: CsvQuery) => Promise<string>) => async (req: Request, res: Response) => {
    try {
      const { viewer: claimed, invalid } = tokens.fromHeader(req.headers.authorization);
      const revoked = claimed ? !(await revocations.accepts(claimed)) : false;
      const viewer = revoked ? undefined : claimed;
      if (invalid || revoked) throw new DomainError('UNAUTHENTICATED', Reasons.TOKEN_INVALID, 'Your token is not valid (expired or malformed): sign in again.');
      const language = queryValue(req, 'lang')?.toUpperCase() ?? requestLanguage(req.headers['accept-language']);
      const rawYear = queryValue(req, 'year');
      const year = rawYear === undefined ? undefined : /^\d{1,6}$/.test(rawYear) ? Number(rawYear) : rawYear;
      const period = queryValue(req, 'period')?.toUpperCase();
      const csv = await make(viewer, { year, period, language });
      const words = language === 'EN' ? { file: file.EN, academic: 'academic-year-', now: 'current' } : { file: file.NL, academic: 'studiejaar-', now: 'huidig' };
      const name = `career-boost-${words.file}-${period === 'ACADEMIC' ? words.academic : ''}${year ?? words.now}.csv`;
      res
        .status(200)
        .set('content-type', 'text/csv; charset=utf-8')
        .set('content-disposition', `attachment; filename="${name}"`)
        .set('cache-control', 'no-store')
        .send(csv);
    } catch (err) {
      if (err instanceof DomainError) {
        res.status(STATUS[err.code]).json({ errors: [{ message: err.message, extensions: { code: err.code } }] });
        return;
      }
      logger.error({ service: 'placements', err }, 'progress CSV failed');
      res.status(500).json({ errors: [{ message: 'Something went wrong on our side; it has been logged. Please try again later.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
  router.get('/exports/progress.csv', download({ NL: 'voortgang', EN: 'progress' }, (viewer, { year, ...options }) => progress.csv(viewer, year, options)));
  // The placements behind the number (progressAudit), every row of the period.
  router.get('/exports/progress-audit.csv', download({ NL: 'plaatsingen', EN: 'placements' }, (viewer, q) => audit.csv(viewer, q)));
  return router;
}

interface CsvQuery {
  year: unknown;
  period: string | undefined;
  language: string;
}

/** One query value as a string; a repeated or nested parameter (`?year=1&year=2`) is a mistake, said so. */
function queryValue(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 32) throw new DomainError('BAD_USER_INPUT', Reasons.INVALID_VALUE, `${name}: give it once, as a short plain value.`, { field: name });
  return value;
}
