import { createHash, timingSafeEqual } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';

/** The cookie a browser's session lives in. The web app never reads it: it is HttpOnly. */
export const SESSION_COOKIE = 'kk_session';

/** `<session id>.<secret>`: a UUID, then 32 random bytes in base64url (43 characters). */
const SESSION_TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

export interface SessionToken {
  id: string;
  secret: Buffer;
}

export function formatSessionToken(token: SessionToken): string {
  return `${token.id}.${token.secret.toString('base64url')}`;
}

/** The id and secret of a cookie value of our own shape; null for anything else (nothing else is looked up). */
export function parseSessionToken(value: string): SessionToken | null {
  const match = SESSION_TOKEN.exec(value);
  if (!match) return null;
  const secret = Buffer.from(match[2], 'base64url');
  return secret.length === 32 ? { id: match[1], secret } : null;
}

/** What the database keeps instead of the secret. */
export function hashSessionSecret(secret: Buffer): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** Compares in constant time, so the answer's timing tells nothing about a stored hash. */
export function sessionSecretMatches(secret: Buffer, storedHash: Buffer): boolean {
  const hash = hashSessionSecret(secret);
  return storedHash.length === hash.length && timingSafeEqual(hash, storedHash);
}

/**
 * The kk_session value of a Cookie header, or null. We read one cookie of a fixed shape, so a few lines do (the
 * `cookie` package in node_modules is express's, untyped, and not a dependency of ours). A browser sends the most
 * specific cookie first when it holds several of one name; that is the one taken.
 */
export function sessionCookieOf(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header.join('; ') : header;
  for (const pair of value?.split(';') ?? []) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== SESSION_COOKIE) continue;
    const cookie = pair.slice(separator + 1).trim();
    return cookie === '' ? null : cookie;
  }
  return null;
}

/**
 * HttpOnly (page scripts never see it), SameSite=Lax (not sent with other sites' sub-requests and POSTs), the whole
 * origin, and Secure whenever the request came over https (`req.secure` follows the app's `trust proxy`, so behind a
 * TLS-terminating proxy too). No Max-Age: it goes when the browser closes; the server's limits end it sooner.
 */
function cookieOptions(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure };
}

export function setSessionCookie(req: Request, res: Response, token: SessionToken): void {
  res.cookie(SESSION_COOKIE, formatSessionToken(token), cookieOptions(req));
}

/** Tells the browser to drop the cookie (an expiry in the past); harmless when it has none. */
export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}
