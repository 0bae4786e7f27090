import 'reflect-metadata';
import { ConfigValidationError, validateEnvironment } from '@kakehashi/config';
import { RowLevelSecurityNotEnforcedError } from '@kakehashi/database';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { startApi } from './start-api';

async function main(): Promise<void> {
  const config = validateEnvironment();
  const api = await startApi(config);
  const shown = config.host === '0.0.0.0' ? `http://localhost:${config.port}` : api.url;
  const lines = [
    `Kakehashi API: ${shown}/graphql   (health: ${shown}/health)`,
    `  database: ${api.mode.database}`,
    `  row-level security: ${api.mode.rowLevelSecurity}`,
    `  jobs:     ${api.mode.jobs}`,
  ];
  if (config.seedDemoData) {
    lines.push(
      `Demo sign-ins (password "${DEMO_PASSWORD}"): consultant@kakehashi.example (東京事務所), hq@kakehashi.example,`,
      '  executive@kakehashi.example, admin@kakehashi.example — see README.md for all.',
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigValidationError || error instanceof RowLevelSecurityNotEnforcedError) {
    process.stderr.write(`Kakehashi cannot start. ${error.message}\n`);
  } else {
    process.stderr.write(
      `Kakehashi failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
