import { escapeIdentifier, escapeLiteral } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/** What DATABASE_APP_ROLE may be: a lower-case SQL identifier that needs no quoting (63 bytes at most). */
export const APPLICATION_ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** The table TypeORM records applied migrations in: the application may read it, never write it. */
const MIGRATIONS_TABLE = 'typeorm_migrations';

export interface ApplicationRoleGrant {
  role: string;
  database: string;
  /** False when the role existed already (or another process created it at the same moment). */
  created: boolean;
  passwordSet: boolean;
  /** Tables (and views) in the public schema the role may now SELECT, INSERT, UPDATE and DELETE. */
  tables: number;
  sequences: number;
}

/** The role cannot be used as the application's: the policies would not bind it, or it cannot be made. */
export class ApplicationRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApplicationRoleError';
  }
}

/**
 * Makes `role` the role the API and worker connect as (db:migrate with DATABASE_APP_ROLE): created when missing
 * (LOGIN, no SUPERUSER, BYPASSRLS, CREATEDB or CREATEROLE), refused when it exists but row-level security would not
 * bind it (superuser, BYPASSRLS, owner of a table), then granted exactly what the application does: CONNECT, USAGE on
 * the public schema, SELECT/INSERT/UPDATE/DELETE on its tables (no TRUNCATE, REFERENCES or TRIGGER; only SELECT on
 * the migrations table) and USAGE/SELECT on its sequences. Idempotent; run as the owner after every migration, since
 * the grants cover the tables that exist when it runs.
 */
export async function grantApplicationRole(
  dataSource: DataSource,
  role: string,
  options: { password?: string | null } = {},
): Promise<ApplicationRoleGrant> {
  if (!APPLICATION_ROLE_NAME.test(role)) {
    throw new ApplicationRoleError(
      `The application role name "${role}" must match ${APPLICATION_ROLE_NAME.source} (a lower-case SQL identifier).`,
    );
  }
  const [{ me, database }] = await dataSource.query<{ me: string; database: string }[]>(
    `SELECT current_user AS "me", current_database() AS "database"`,
  );
  if (role === me) {
    throw new ApplicationRoleError(
      `DATABASE_APP_ROLE (${role}) is the role running the migrations, which owns the tables: row-level security ` +
        'would not bind it. Name a separate role for the API and worker.',
    );
  }
  const created = await createRoleIfMissing(dataSource, role);
  const name = escapeIdentifier(role);
  return dataSource.transaction(async (manager) => {
    // Two db:migrate at once (replicas starting together) would otherwise fail on the same catalogue rows with
    // "tuple concurrently updated"; the second waits here and then finds nothing left to change.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kakehashi.grant_application_role'))`);
    await refuseRoleThatBypassesPolicies(manager, role);
    if (options.password) {
      await manager.query(`ALTER ROLE ${name} PASSWORD ${escapeLiteral(options.password)}`);
    }
    await manager.query(`GRANT CONNECT ON DATABASE ${escapeIdentifier(database)} TO ${name}`);
    await manager.query(`GRANT USAGE ON SCHEMA public TO ${name}`);
    await manager.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${name}`);
    // Whatever was granted before by hand: the application never empties a table, nor adds triggers or keys.
    await manager.query(`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${name}`);
    const [{ exists }] = await manager.query<{ exists: boolean }[]>(
      `SELECT to_regclass($1) IS NOT NULL AS "exists"`,
      [`public.${MIGRATIONS_TABLE}`],
    );
    if (exists) {
      await manager.query(`REVOKE INSERT, UPDATE, DELETE ON public.${MIGRATIONS_TABLE} FROM ${name}`);
    }
    await manager.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${name}`);
    const [{ tables, sequences }] = await manager.query<{ tables: number; sequences: number }[]>(
      `SELECT count(*) FILTER (WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f'))::int AS "tables",
              count(*) FILTER (WHERE c.relkind = 'S')::int AS "sequences"
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')`,
    );
    return { role, database, created, passwordSet: Boolean(options.password), tables, sequences };
  });
}

/** One line for db:migrate's output. */
export function describeApplicationRoleGrant(grant: ApplicationRoleGrant): string {
  return (
    `Application role ${grant.role}: ${grant.created ? 'created (LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE)' : 'exists'}` +
    `${grant.passwordSet ? ', password set' : ''}; granted CONNECT on ${grant.database}, USAGE on schema public, ` +
    `SELECT/INSERT/UPDATE/DELETE on ${grant.tables} table(s) (${MIGRATIONS_TABLE}: SELECT only; no TRUNCATE) and ` +
    `USAGE/SELECT on ${grant.sequences} sequence(s).`
  );
}

async function createRoleIfMissing(dataSource: DataSource, role: string): Promise<boolean> {
  if (await roleAttributes(dataSource, role)) return false;
  try {
    await dataSource.query(
      `CREATE ROLE ${escapeIdentifier(role)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`,
    );
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Another db:migrate (another replica, another test run) created it between the look-up and here.
    if (code === '42710' || code === '23505') return false;
    if (code === '42501') {
      throw new ApplicationRoleError(
        `The role running the migrations may not create roles, and ${role} does not exist. Create it once as an ` +
          `administrator: CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;`,
      );
    }
    throw error;
  }
}

async function roleAttributes(
  dataSource: Queryable,
  role: string,
): Promise<{ superuser: boolean; bypass: boolean } | null> {
  const rows = await dataSource.query<{ superuser: boolean; bypass: boolean }[]>(
    `SELECT rolsuper AS "superuser", rolbypassrls AS "bypass" FROM pg_roles WHERE rolname = $1`,
    [role],
  );
  return rows[0] ?? null;
}

async function refuseRoleThatBypassesPolicies(dataSource: Queryable, role: string): Promise<void> {
  const attributes = await roleAttributes(dataSource, role);
  if (!attributes) throw new ApplicationRoleError(`The role ${role} does not exist and was not created.`);
  const problem = attributes.superuser
    ? 'is a superuser'
    : attributes.bypass
      ? 'has BYPASSRLS'
      : await ownedTables(dataSource, role);
  if (problem) {
    throw new ApplicationRoleError(
      `DATABASE_APP_ROLE ${role} ${problem}: row-level security would not bind it, so it cannot be the ` +
        'application role. Name a role that owns nothing and has neither SUPERUSER nor BYPASSRLS ' +
        '(db:migrate creates a missing one so); see README "Row-level security".',
    );
  }
}

/** "owns the tables a, b" when the role owns (or, by membership, acts as the owner of) tables in public; else null. */
async function ownedTables(dataSource: Queryable, role: string): Promise<string | null> {
  const rows = await dataSource.query<{ name: string }[]>(
    `SELECT c.relname AS "name"
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND pg_has_role($1, c.relowner, 'USAGE')
      ORDER BY c.relname
      LIMIT 3`,
    [role],
  );
  return rows.length ? `owns the table(s) ${rows.map((r) => r.name).join(', ')}` : null;
}
