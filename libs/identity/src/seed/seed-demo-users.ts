import { readSeedCsv } from '@kakehashi/database';
import type { DataSource } from 'typeorm';
import { PasswordHasher } from '../passwords/password-hasher';
import { assignmentProblems, emailProblem, isRole, normalizeEmail } from '../users/user-rules';
import { OfficeKind } from '@kakehashi/organisations';

/**
 * The demo accounts of prisma/seed/demo/users.csv (one or more per role), all with `password`. Adds the missing
 * ones and leaves existing addresses alone (idempotent); returns how many it added. The partner accounts need their
 * institution and branch first (the partners' reference and demo seeds, run before this by @kakehashi/platform). Works on a DataSource without
 * entities (the CLI's), hence plain SQL.
 */
export async function seedDemoUsers(dataSource: DataSource, password: string): Promise<number> {
  const rows = readSeedCsv('demo/users.csv');
  const offices: { id: string; code: string; kind: OfficeKind }[] = await dataSource.query(
    'SELECT id, code, kind FROM offices',
  );
  const officeByCode = new Map(offices.map((office) => [office.code, office]));
  const existing: { email: string }[] = await dataSource.query('SELECT email FROM users');
  const known = new Set(existing.map((row) => row.email));

  const missing = rows
    .map((row, index) => {
      const email = normalizeEmail(row['email'] ?? '');
      const role = row['role'] ?? '';
      const office = row['office_code'] ? officeByCode.get(row['office_code']) : undefined;
      const partnerInstitutionId = row['partner_institution_id'] || null;
      const partnerBranchId = row['partner_branch_id'] || null;
      // The demo data must itself obey the account rules; a bad row is a bug in the CSV, reported by line.
      const where = `prisma/seed/demo/users.csv row ${index + 1} (${row['email']})`;
      if (emailProblem(email) || !isRole(role)) throw new Error(`${where}: bad e-mail or role`);
      if (row['office_code'] && !office)
        throw new Error(`${where}: no office with code ${row['office_code']}`);
      const problems = assignmentProblems({
        role,
        officeId: office?.id ?? null,
        officeKind: office?.kind ?? null,
        partnerInstitutionId,
        partnerBranchId,
      });
      if (problems.length) throw new Error(`${where}: ${problems.map((p) => p.message).join(' ')}`);
      return {
        email,
        name: row['name'] ?? '',
        role,
        officeId: office?.id ?? null,
        partnerInstitutionId,
        partnerBranchId,
      };
    })
    .filter((user) => !known.has(user.email));
  if (missing.length === 0) return 0;

  // One hash for all: argon2 is deliberately slow, and these accounts share the demo password anyway.
  const passwordHash = await new PasswordHasher().hash(password);
  let inserted = 0;
  for (const user of missing) {
    const result: unknown[] = await dataSource.query(
      `INSERT INTO users (email, name, role, office_id, partner_institution_id, partner_branch_id, password_hash,
         version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
       ON CONFLICT ON CONSTRAINT uq_users_email DO NOTHING
       RETURNING id`,
      [
        user.email,
        user.name,
        user.role,
        user.officeId,
        user.partnerInstitutionId,
        user.partnerBranchId,
        passwordHash,
      ],
    );
    inserted += result.length;
  }
  return inserted;
}
