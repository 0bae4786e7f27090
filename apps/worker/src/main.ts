import 'reflect-metadata';
import { ConfigValidationError, validateEnvironment } from '@kakehashi/config';
import { RowLevelSecurityNotEnforcedError } from '@kakehashi/database';
import { startWorker } from './start-worker';

async function main(): Promise<void> {
  await startWorker(validateEnvironment());
}

main().catch((error: unknown) => {
  if (error instanceof ConfigValidationError || error instanceof RowLevelSecurityNotEnforcedError) {
    process.stderr.write(`Kakehashi worker cannot start. ${error.message}\n`);
  } else {
    process.stderr.write(
      `Kakehashi worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
