import { validateEnvironment } from '@kakehashi/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import helmet from 'helmet';
import { CONTENT_SECURITY_POLICY, REACT_ARIA_STYLE_HASHES, securityHeaderOptions } from './security-headers';

/** The headers helmet sets with our options, on a bare response. */
function headersFor(nodeEnv: 'development' | 'production'): Record<string, string> {
  const env = {
    NODE_ENV: nodeEnv,
    JWT_SECRET: 'x'.repeat(40),
    TALENT_BANK_ENCRYPTION_KEY: 'A'.repeat(43) + '=',
  };
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  helmet(securityHeaderOptions(validateEnvironment(env, '/r')))({} as never, res as never, () => undefined);
  return headers;
}

/** The text of every <style> element a react-aria source file adds (`style.textContent = `…`.trim()`). */
function injectedStyles(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const constants = new Map([...source.matchAll(/const (\S+) = '([^']*)';/g)].map((m) => [m[1], m[2]]));
  return [...source.matchAll(/style\.textContent = `([\s\S]*?)`\.trim\(\);/g)].map((m) =>
    m[1].replace(/\$\{([^}]+)\}/g, (_, name: string) => constants.get(name.trim()) ?? '?').trim(),
  );
}

describe('security headers', () => {
  it('sends the Content-Security-Policy of the brief, with no inline script or style', () => {
    const csp = headersFor('development')['content-security-policy'];
    expect(csp.split(';').map((d) => d.trim().split(' ')[0])).toEqual(Object.keys(CONTENT_SECURITY_POLICY));
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
  });

  it('sends HSTS in production only (never pinning a developer’s localhost to https)', () => {
    expect(headersFor('development')['strict-transport-security']).toBeUndefined();
    expect(headersFor('production')['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(headersFor('production')).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
  });

  it('allows exactly the style elements the installed React Aria adds', () => {
    const root = path.dirname(require.resolve('react-aria/package.json'));
    const styles = ['interactions/usePress.mjs', 'overlays/usePreventScroll.mjs'].flatMap((file) =>
      injectedStyles(path.join(root, 'dist/private', file)),
    );
    const hashes = styles.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    expect(styles).toHaveLength(2);
    expect(hashes.sort()).toEqual([...REACT_ARIA_STYLE_HASHES].sort());
  });
});
