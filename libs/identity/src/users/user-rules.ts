import { Role, ROLE_LABELS } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { OfficeKind } from '@kakehashi/organisations';
import { PARTNER_ROLES } from '../identity-roles';

// The rules for a user account, shared by the GraphQL mutations and the operators' CLI (via
// UserAdministrationService). Field names are paths in the GraphQL input (`input.email`). Passwords have their own
// file, password-policy.ts.

export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;

const EMAIL_PATTERN =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Full-width input (ＡＢＣ＠ｅｘａｍｐｌｅ) is common from Japanese IMEs; store one canonical lower-case form. */
export function normalizeEmail(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}

export function normalizeName(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

export function isRole(value: string): value is Role {
  return (Object.values(Role) as string[]).includes(value);
}

const length = (s: string) => [...s].length;

export function emailProblem(email: string): string | null {
  if (email === '') return 'メールアドレスを入力してください。';
  if (length(email) > EMAIL_MAX_LENGTH)
    return `メールアドレスは${EMAIL_MAX_LENGTH}文字以内で入力してください。`;
  if (!EMAIL_PATTERN.test(email)) return 'メールアドレスの形式が正しくありません(例: name@example.jp)。';
  return null;
}

export function nameProblem(name: string): string | null {
  if (name === '') return '氏名を入力してください。';
  if (length(name) > NAME_MAX_LENGTH) return `氏名は${NAME_MAX_LENGTH}文字以内で入力してください。`;
  return null;
}

export function roleProblem(role: string): string | null {
  return isRole(role) ? null : `ロールが正しくありません(${Object.values(Role).join(', ')} のいずれか)。`;
}

/** Format problems of the optional ids; an id that is not a UUID names nothing and would fail in PostgreSQL. */
export function idProblems(ids: {
  officeId?: string | null;
  partnerInstitutionId?: string | null;
  partnerBranchId?: string | null;
}): FieldError[] {
  const problems: FieldError[] = [];
  if (ids.officeId && !isUuid(ids.officeId)) {
    problems.push({ field: 'input.officeId', message: '事務所IDの形式が正しくありません。' });
  }
  if (ids.partnerInstitutionId && !isUuid(ids.partnerInstitutionId)) {
    problems.push({
      field: 'input.partnerInstitutionId',
      message: '提携機関IDの形式が正しくありません(UUID)。',
    });
  }
  if (ids.partnerBranchId && !isUuid(ids.partnerBranchId)) {
    problems.push({ field: 'input.partnerBranchId', message: '支店IDの形式が正しくありません(UUID)。' });
  }
  return problems;
}

export interface Assignment {
  role: Role;
  officeId: string | null;
  /** The kind of `officeId`'s office; null when it names no office. Ignored when officeId is null. */
  officeKind: OfficeKind | null;
  partnerInstitutionId: string | null;
  /** Absent (the CLI and callers from before branches existed) counts as none. */
  partnerBranchId?: string | null;
}

/**
 * Where a role belongs: consultants to a regional office, HQ coordinators to headquarters (optional), partner users
 * to a partner institution and no office, a partner branch user also to one branch of it (whether the branch is of
 * that institution is the database's foreign key, see UserAdministrationService); administrators and executives to
 * neither.
 */
export function assignmentProblems(a: Assignment): FieldError[] {
  const problems: FieldError[] = [];
  const office = (message: string) => problems.push({ field: 'input.officeId', message });
  const partner = (message: string) => problems.push({ field: 'input.partnerInstitutionId', message });
  const label = ROLE_LABELS[a.role];
  const isPartner = PARTNER_ROLES.includes(a.role);

  if (isPartner && !a.partnerInstitutionId) partner(`${label}のユーザーには提携機関IDを指定してください。`);
  if (!isPartner && a.partnerInstitutionId) partner('提携機関IDは提携機関のユーザーにのみ設定できます。');
  const branch = (message: string) => problems.push({ field: 'input.partnerBranchId', message });
  if (a.role === Role.PARTNER_BRANCH && !a.partnerBranchId)
    branch(`${label}のユーザーには所属する支店のIDを指定してください。`);
  if (a.role !== Role.PARTNER_BRANCH && a.partnerBranchId)
    branch('支店IDは提携機関(支部)のユーザーにのみ設定できます。');

  if (a.officeId !== null && a.officeKind === null) {
    office('指定された事務所が見つかりません。');
    return problems;
  }
  switch (a.role) {
    case Role.CONSULTANT:
      if (a.officeId === null) office('コンサルタントには所属する地方事務所を指定してください。');
      else if (a.officeKind !== OfficeKind.REGIONAL)
        office('コンサルタントの所属には地方事務所を指定してください(本部は指定できません)。');
      break;
    case Role.HQ_COORDINATOR:
      if (a.officeId !== null && a.officeKind !== OfficeKind.HEADQUARTERS) {
        office('本部コーディネーターの所属事務所には本部のみ指定できます。');
      }
      break;
    case Role.ADMIN:
    case Role.EXECUTIVE:
    case Role.PARTNER_HQ:
    case Role.PARTNER_BRANCH:
      if (a.officeId !== null) office(`${label}には所属事務所を設定できません。`);
      break;
    default: {
      const unhandled: never = a.role;
      throw new Error(`Unknown role ${String(unhandled)}`);
    }
  }
  return problems;
}
