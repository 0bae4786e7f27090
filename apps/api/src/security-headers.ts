import type { AppConfig } from '@kakehashi/config';
import type { INestApplication } from '@nestjs/common';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The <style> elements React Aria (react-aria 3.53, under react-aria-components) adds to the page at run time, by the
 * SHA-256 of their text, so they apply without allowing inline styles in general: usePress's `touch-action` rule
 * (no double-tap zoom delay on pressable elements) and usePreventScroll's `overscroll-behavior` rule (iOS, while a
 * modal is open). security-headers.spec.ts recomputes them from the installed react-aria; an upgrade that changes
 * the text fails there.
 */
export const REACT_ARIA_STYLE_HASHES = [
  "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='",
  "'sha256-gYiS/BvZvRcK27JIXTuwhZ3hs2+VJ1X+2gUlE+farlg='",
];

/**
 * The page's Content-Security-Policy: everything from the API's own origin, no inline script, no plug-ins, no
 * framing. No 'unsafe-inline' styles either: React applies `style` props through the CSSOM, which CSP does not
 * restrict, and React Aria's two style elements are allowed by their hashes.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", ...REACT_ARIA_STYLE_HASHES],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
};

export function securityHeaderOptions(config: AppConfig): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    referrerPolicy: { policy: 'same-origin' },
    // frame-ancestors 'none' says it for current browsers; the older header says the same.
    xFrameOptions: { action: 'deny' },
    // Production serves https (browsers ignore the header over http anyway). Never in development: it would pin
    // localhost to https in the developer's browser for a year.
    strictTransportSecurity: config.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}

/**
 * Security headers on every response: the page and its assets, /graphql, /health and the exports. Registered
 * before Nest adds its routes and the static files, so none is served without them.
 */
export function applySecurityHeaders(app: INestApplication, config: AppConfig): void {
  app.use(helmet(securityHeaderOptions(config)));
}
