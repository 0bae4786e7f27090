import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { AppConfig } from '@kakehashi/config';
import type { DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { Response } from 'express';

/**
 * Paths the page never answers: the API's own (GraphQL and every HTTP controller; a test checks none is missing), and
 * hashed assets (a missing one is a 404, not the page).
 */
export const WEB_APP_EXCLUDED_PATHS = [
  '/graphql{*rest}',
  '/health{*rest}',
  '/statistics/exports{*rest}',
  '/referrals/exports{*rest}',
  '/talent-bank/access-log/export{*rest}',
  '/jobcard/exports{*rest}',
  '/assets/{*rest}',
];

/**
 * The built web app on the API's origin, so the page, /graphql and /health share one origin (no CORS, cookies stay
 * first-party). Every other GET path answers with index.html, so deep links and unknown paths reach the app's router,
 * which shows its own 「ページが見つかりません」. Registered only when the build exists: the API alone still runs.
 */
export function webAppModules(config: AppConfig): DynamicModule[] {
  if (!existsSync(path.join(config.webDistDir, 'index.html'))) return [];
  return [
    ServeStaticModule.forRoot({
      rootPath: config.webDistDir,
      exclude: WEB_APP_EXCLUDED_PATHS,
      serveStaticOptions: { index: false, setHeaders: setCacheHeaders },
    }),
  ];
}

// Vite names every asset by its content hash: cache them for a year; index.html must be revalidated on every load so a
// new release is picked up at once.
function setCacheHeaders(res: Response, filePath: string): void {
  const hashedAsset = filePath.includes(`${path.sep}assets${path.sep}`);
  res.setHeader('Cache-Control', hashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
}
