import type { RequestHandler } from 'express';

/** The headers a download needs, passed on as the client sent them. */
const PASSED_ON = ['authorization', 'accept-language', 'x-request-id'] as const;
/** The answer's headers that describe the file. */
const RETURNED = ['content-type', 'content-disposition', 'cache-control'] as const;

/**
 * `GET /exports/*` (the progress CSVs) is served by the placements service itself, beside its
 * /graphql (services/placements/src/progress/http/csv-routes.ts); the gateway passes the request on,
 * in both profiles, and returns the answer as it came. The placements service checks the token.
 */
export function exportsProxy(placementsGraphqlUrl: string): RequestHandler {
  const base = new URL(placementsGraphqlUrl);
  return async (req, res) => {
    const target = new URL(req.originalUrl, base);
    const headers: Record<string, string> = {};
    for (const name of PASSED_ON) {
      const value = req.get(name);
      if (value) headers[name] = value;
    }
    try {
      const answer = await fetch(target, { headers, signal: AbortSignal.timeout(30_000) });
      for (const name of RETURNED) {
        const value = answer.headers.get(name);
        if (value) res.set(name, value);
      }
      res.status(answer.status).send(Buffer.from(await answer.arrayBuffer()));
    } catch {
      res.status(502).json({ errors: [{ message: 'The placements service did not answer; try again in a moment.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
}
