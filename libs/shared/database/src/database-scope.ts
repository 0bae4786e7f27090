import type { DataSource, EntityManager } from 'typeorm';

/**
 * Whose rows the row-level security policies (prisma/migrations/*_referrals) let a transaction see: the Center's
 * staff and jobs see every partner's rows; a partner's head office its institution's; a partner branch its branch's.
 */
export type DatabaseScope =
  | { kind: 'center' }
  | { kind: 'partner_hq'; institutionId: string }
  | { kind: 'partner_branch'; institutionId: string; branchId: string };

/**
 * Makes `scope` the current transaction's (set_config(..., true): it ends with the transaction, so a pooled
 * connection never carries it into another request). Refuses to run outside a transaction, where the settings would
 * either vanish at once or, worse, outlive the request.
 */
export async function applyDatabaseScope(manager: EntityManager, scope: DatabaseScope): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('applyDatabaseScope needs the manager of an active transaction');
  }
  const institutionId = scope.kind === 'center' ? '' : scope.institutionId;
  const branchId = scope.kind === 'partner_branch' ? scope.branchId : '';
  await manager.query(
    `SELECT set_config('kakehashi.scope', $1, true),
            set_config('kakehashi.partner_institution_id', $2, true),
            set_config('kakehashi.partner_branch_id', $3, true)`,
    [scope.kind, institutionId, branchId],
  );
}

/** Runs `work` in one transaction whose row-level security scope is `scope`. */
export function inDatabaseScope<T>(
  dataSource: DataSource,
  scope: DatabaseScope,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await applyDatabaseScope(manager, scope);
    return work(manager);
  });
}

export interface RowLevelSecurityStatus {
  /** The role the connection runs as. */
  role: string;
  /** False when that role is a superuser, has BYPASSRLS or owns the protected tables: the policies do not apply. */
  enforced: boolean;
  reason: string | null;
}

/** Whether the policies on `table` bind this connection's role; the API states it at boot and refuses in production. */
export async function rowLevelSecurityStatus(
  dataSource: DataSource,
  table = 'referrals',
): Promise<RowLevelSecurityStatus> {
  const [row] = await dataSource.query<
    { role: string; superuser: boolean; bypass: boolean; owner: boolean; forced: boolean }[]
  >(
    `SELECT current_user AS "role", r.rolsuper AS "superuser", r.rolbypassrls AS "bypass",
            pg_has_role(current_user, c.relowner, 'USAGE') AS "owner", c.relforcerowsecurity AS "forced"
       FROM pg_roles r, pg_class c
      WHERE r.rolname = current_user AND c.oid = to_regclass($1)`,
    [table],
  );
  if (!row) return { role: 'unknown', enforced: false, reason: `table ${table} not found` };
  const reason = row.superuser
    ? 'the role is a superuser'
    : row.bypass
      ? 'the role has BYPASSRLS'
      : row.owner && !row.forced
        ? 'the role owns the tables'
        : null;
  return { role: row.role, enforced: reason === null, reason };
}
