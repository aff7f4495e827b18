import { marketplaceForSuite } from './scenarios';

/** The public endpoint talks to nobody else and tells browsers to load nothing from anyone else. */
describe('no third parties at the edge', () => {
  const m = marketplaceForSuite();

  it('turns Apollo’s usage telemetry off by default', () => {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });

  it('answers a browser’s GET on /graphql with a JSON error, not a landing page from a CDN', async () => {
    const response = await fetch(m.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toMatch(/<script|https?:\/\/|cdn|apollographql/i);
  });

  it('sends security headers on every answer: a same-origin CSP, no framing, nosniff, no referrer', async () => {
    for (const response of [await fetch(m.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { role } }"}' }), await fetch(m.url.replace('/graphql', '/'))]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/https?:/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});
