import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers for every response. The CSP allows only this origin's scripts, so the built web
 * app works and injected scripts do not. In development Apollo's landing page (GET /graphql from a
 * browser) brings its own nonce-based CSP in a meta tag and loads from Apollo's CDN, so it is served
 * without ours; production disables that page.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const base = {
    frameguard: { action: 'deny' as const },
    referrerPolicy: { policy: 'same-origin' as const },
  };
  const strict = helmet({
    ...base,
    contentSecurityPolicy: {
      directives: {
        // helmet's defaults, minus upgrade-insecure-requests (a local install is served over plain HTTP).
        'upgrade-insecure-requests': null,
        'frame-ancestors': ["'none'"],
        'connect-src': ["'self'"],
      },
    },
  });
  const landingPage = helmet({ ...base, contentSecurityPolicy: false });
  return (req, res, next) => {
    const isLandingPage = !production && req.method === 'GET' && req.path === '/graphql' && req.accepts(['json', 'html']) === 'html';
    return (isLandingPage ? landingPage : strict)(req, res, next);
  };
}
