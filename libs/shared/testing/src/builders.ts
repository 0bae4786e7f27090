// Small builders every domain's integration tests use: the test database is shared by a run's files, so each test
// makes its own data unique.
import { type AuthUser, type Role } from '@kakehashi/authz';
import { corporateNumberCheckDigit } from '@kakehashi/text';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** Lower-case Latin letters: survive every normalisation unchanged and make a name unique to one test. */
export function uniqueTag(length = 8): string {
  return Array.from(randomBytes(length), (b) => String.fromCharCode(97 + (b % 26))).join('');
}

/** A random corporate number with a valid check digit. */
export function randomCorporateNumber(): string {
  const body = Array.from({ length: 12 }, () => randomInt(10)).join('');
  return `${corporateNumberCheckDigit(body)}${body}`;
}

/** The id of a seeded office by its code (HQ, or the two-digit prefecture code). */
export async function officeId(dataSource: DataSource, code: string): Promise<string> {
  const rows = await dataSource.query<{ id: string }[]>(`SELECT "id" FROM "offices" WHERE "code" = $1`, [
    code,
  ]);
  if (!rows[0]) throw new Error(`office ${code} is not seeded`);
  return rows[0].id;
}

/** A signed-in staff member as the guard would hand it to a resolver. */
export function staffUser(role: Role, officeId: string | null = null): AuthUser {
  return {
    id: randomUUID(),
    email: `${uniqueTag()}@kakehashi.example`,
    name: '試験 利用者',
    role,
    officeId,
    partnerInstitutionId: null,
    partnerBranchId: null,
  };
}
