import helmet from 'helmet';

/**
 * The Content-Security-Policy of the web app and the API: everything from our own origin, nothing
 * from a third party. Inline styles stay allowed because the charts (recharts) set style attributes.
 * web/nginx.conf sends the same header when nginx serves the app; keep the two alike.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Served over plain HTTP on a laptop (127.0.0.1); TLS, where there is any, ends in front of us.
  upgradeInsecureRequests: null,
};

/** Security headers on every answer of the gateway: the web app, /graphql and the CSV export. */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Same reason as upgradeInsecureRequests: HSTS belongs to whoever terminates TLS.
    strictTransportSecurity: false,
  });
