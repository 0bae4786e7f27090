import type { DataSource } from 'typeorm';
import { rowLevelSecurityStatus, type RowLevelSecurityStatus } from './database-scope';

/** The API or worker would serve partners' rows without the database keeping partners apart. */
export class RowLevelSecurityNotEnforcedError extends Error {
  constructor(
    readonly status: RowLevelSecurityStatus,
    processName: string,
  ) {
    super(
      `行レベルセキュリティが有効になりません。The ${processName} refuses to start in production: row-level security ` +
        `does not bind its database role ${status.role} (${status.reason}). Run db:migrate as the table owner with ` +
        `DATABASE_APP_ROLE=<role> (it creates the role and grants it the tables), then set DATABASE_URL to connect ` +
        'as that role; see README "Row-level security".',
    );
    this.name = 'RowLevelSecurityNotEnforcedError';
  }
}

export interface RowLevelSecurityCheck {
  status: RowLevelSecurityStatus;
  /** For the start-up lines: "enforced (role kakehashi_app)" or "NOT enforced: <reason> ...". */
  description: string;
}

/**
 * Says whether the policies bind this process's connection and, in production on a real PostgreSQL, refuses when they
 * do not. The embedded PGlite runs as a superuser (one user, on one machine, for trying Kakehashi): allowed, and said.
 */
export async function checkRowLevelSecurity(
  dataSource: DataSource,
  context: { production: boolean; embedded: boolean; processName: string },
): Promise<RowLevelSecurityCheck> {
  const status = await rowLevelSecurityStatus(dataSource);
  if (!status.enforced && context.production && !context.embedded) {
    throw new RowLevelSecurityNotEnforcedError(status, context.processName);
  }
  return { status, description: describeRowLevelSecurity(status, context.embedded) };
}

export function describeRowLevelSecurity(status: RowLevelSecurityStatus, embedded: boolean): string {
  if (status.enforced) return `enforced (role ${status.role})`;
  const why = `NOT enforced: ${status.reason} (role ${status.role})`;
  return embedded
    ? `${why}: the embedded database has no separate application role`
    : `${why}: connect as the role db:migrate makes with DATABASE_APP_ROLE (README "Row-level security")`;
}
