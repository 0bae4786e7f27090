import type { AppConfig } from '@kakehashi/config';
import {
  ApplicationRoleError,
  describeApplicationRoleGrant,
  dropSchema,
  revertLastMigration,
  withDataSource,
} from '@kakehashi/database';
import { prepareDatabase, seedAllReferenceData, seedDemo } from '@kakehashi/platform';
import type { Command } from 'commander';

type Print = (line: string) => void;

/** db:migrate, db:revert, db:seed, db:reset — all on DATABASE_URL, which they require. */
export function registerDbCommands(program: Command, config: () => AppConfig, print: Print): void {
  const databaseUrl = () => {
    const url = config().databaseUrl;
    if (!url)
      throw new CliError(
        'DATABASE_URL が設定されていません。The db:* commands act on DATABASE_URL; set it first.',
      );
    return url;
  };
  // DATABASE_APP_ROLE: the role the API and worker connect as, granted the tables after every migration.
  const applicationRole = () => {
    const { databaseAppRole, databaseAppRolePassword } = config();
    return databaseAppRole ? { name: databaseAppRole, password: databaseAppRolePassword } : null;
  };

  program
    .command('db:migrate')
    .description(
      'Apply pending migrations from prisma/migrations, grant the tables to DATABASE_APP_ROLE (created if missing) ' +
        'when it is set, then the reference data seed (idempotent).',
    )
    .action(async () => {
      const result = await withRoleErrors(
        prepareDatabase(databaseUrl(), { demo: false, applicationRole: applicationRole() }),
      );
      print(`Applied ${result.migrationsApplied.length} migration(s)${listed(result.migrationsApplied)}.`);
      if (result.applicationRole) print(describeApplicationRoleGrant(result.applicationRole));
      print(`Reference data: ${describe(result.reference)}.`);
    });

  program
    .command('db:revert')
    .description('Revert the most recent migration.')
    .action(async () => {
      const reverted = await withDataSource(databaseUrl(), revertLastMigration);
      print(reverted ? 'Reverted the most recent migration.' : 'No migration to revert.');
    });

  program
    .command('db:seed')
    .description(
      'Load the demo data (users for every role, companies, offers). Refused when NODE_ENV=production.',
    )
    .action(async () => {
      refuseInProduction(config(), 'db:seed');
      const counts = await withDataSource(databaseUrl(), async (dataSource) => {
        await seedAllReferenceData(dataSource);
        return seedDemo(dataSource);
      });
      print(`Demo data: ${describe(counts)} added.`);
    });

  program
    .command('db:reset')
    .description('Drop everything, migrate, load reference and demo data. Refused when NODE_ENV=production.')
    .action(async () => {
      refuseInProduction(config(), 'db:reset');
      const url = databaseUrl();
      await withDataSource(url, dropSchema);
      const result = await withRoleErrors(
        prepareDatabase(url, { demo: true, applicationRole: applicationRole() }),
      );
      print(
        `Reset: ${result.migrationsApplied.length} migration(s), reference ${describe(result.reference)}, demo ${describe(result.demo ?? {})}.`,
      );
      // Dropping the schema dropped the grants with it.
      if (result.applicationRole) print(describeApplicationRoleGrant(result.applicationRole));
    });
}

export class CliError extends Error {}

/** A refused application role is the operator's to fix: its message, not a stack trace. */
async function withRoleErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ApplicationRoleError) throw new CliError(error.message);
    throw error;
  }
}

function refuseInProduction(config: AppConfig, command: string): void {
  if (config.isProduction) throw new CliError(`${command} is refused when NODE_ENV=production.`);
}

function describe(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([k, v]) => `${k} ${v}`);
  return parts.length ? parts.join(', ') : 'nothing';
}

function listed(names: string[]): string {
  return names.length ? ` (${names.join(', ')})` : '';
}
