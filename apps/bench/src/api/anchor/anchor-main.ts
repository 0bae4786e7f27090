import 'reflect-metadata';
// Started by `npm run bench:api` as its own process, like the API: `PORT=… node -r @swc-node/register <this file>`.
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AnchorModule } from './anchor.module';

async function main(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AnchorModule, { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  await app.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1');
  process.stdout.write(`Anchor listening on ${String(process.env['PORT'])}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Anchor failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
