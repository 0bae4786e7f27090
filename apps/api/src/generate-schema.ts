import 'reflect-metadata';
import { validateEnvironment } from '@kakehashi/config';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { printApiSchema, SCHEMA_FILE } from './graphql/print-schema';
import { startApi } from './start-api';

/** Writes apps/api/schema.graphql. Boots the API (without listening) on a throw-away embedded database. */
async function main(): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-schema-'));
  const config = validateEnvironment({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    EMBEDDED_DB_DIR: scratch,
    SEED_DEMO_DATA: 'false',
  });
  const api = await startApi(config, { listen: false });
  try {
    fs.writeFileSync(path.resolve(SCHEMA_FILE), printApiSchema(api.app));
    process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
  } finally {
    await api.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `schema generation failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
