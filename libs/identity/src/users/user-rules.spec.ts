import { Role } from '@kakehashi/authz';
import { OfficeKind } from '@kakehashi/organisations';
import {
  assignmentProblems,
  emailProblem,
  idProblems,
  nameProblem,
  normalizeEmail,
  normalizeName,
  roleProblem,
} from './user-rules';

const OFFICE = '5b0a4f7e-3a57-4a53-9d55-6a3f3a1d2c11';
const PARTNER = '00000000-0000-4000-8000-000000000001';
const BRANCH = '00000000-0000-4000-8000-000000001002';
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('e-mail addresses', () => {
  it('are stored trimmed and lower-cased, full-width input included', () => {
    expect(normalizeEmail('  Suzuki.Ichiro@Example.JP \n')).toBe('suzuki.ichiro@example.jp');
    expect(normalizeEmail('ｓｕｚｕｋｉ＠ｅｘａｍｐｌｅ．ｊｐ')).toBe('suzuki@example.jp');
  });

  it('must look like an address', () => {
    expect(emailProblem('suzuki@example.jp')).toBeNull();
    expect(emailProblem('a.b+tag@mail.example.co.jp')).toBeNull();
    expect(emailProblem('')).toBe('メールアドレスを入力してください。');
    for (const bad of [
      'suzuki',
      'suzuki@',
      '@example.jp',
      'suzuki@example',
      'su zuki@example.jp',
      'a@@example.jp',
    ]) {
      expect(emailProblem(bad)).toMatch(/形式が正しくありません/);
    }
    expect(emailProblem(`${'a'.repeat(250)}@example.jp`)).toMatch(/254文字以内/);
  });
});

describe('names', () => {
  it('are trimmed with inner spacing collapsed (full-width spaces too)', () => {
    expect(normalizeName('  鈴木　　一郎 ')).toBe('鈴木 一郎');
  });

  it('need 1 to 100 characters, counting kanji as one each', () => {
    expect(nameProblem('')).toBe('氏名を入力してください。');
    expect(nameProblem('漢'.repeat(100))).toBeNull();
    expect(nameProblem('漢'.repeat(101))).toBe('氏名は100文字以内で入力してください。');
  });
});

describe('roles', () => {
  it('must be one of the six', () => {
    expect(roleProblem('CONSULTANT')).toBeNull();
    expect(roleProblem('SUPERUSER')).toMatch(/ロールが正しくありません/);
  });
});

describe('ids', () => {
  it('must be UUIDs', () => {
    expect(idProblems({ officeId: OFFICE, partnerInstitutionId: PARTNER })).toEqual([]);
    expect(
      fields(idProblems({ officeId: '13', partnerInstitutionId: 'acme', partnerBranchId: '1' })),
    ).toEqual(['input.officeId', 'input.partnerInstitutionId', 'input.partnerBranchId']);
  });
});

describe('where each role belongs', () => {
  /** officeKind null: no office given. */
  const check = (
    role: Role,
    officeKind: OfficeKind | null,
    partner: string | null = null,
    branch: string | null = null,
  ) =>
    assignmentProblems({
      role,
      officeId: officeKind ? OFFICE : null,
      officeKind,
      partnerInstitutionId: partner,
      partnerBranchId: branch,
    });

  it('a consultant needs a regional office, not headquarters', () => {
    expect(check(Role.CONSULTANT, OfficeKind.REGIONAL)).toEqual([]);
    expect(check(Role.CONSULTANT, null)).toEqual([
      { field: 'input.officeId', message: 'コンサルタントには所属する地方事務所を指定してください。' },
    ]);
    expect(check(Role.CONSULTANT, OfficeKind.HEADQUARTERS)[0].message).toMatch(
      /地方事務所を指定してください/,
    );
  });

  it('an HQ coordinator may have headquarters as office, nothing else', () => {
    expect(check(Role.HQ_COORDINATOR, null)).toEqual([]);
    expect(check(Role.HQ_COORDINATOR, OfficeKind.HEADQUARTERS)).toEqual([]);
    expect(check(Role.HQ_COORDINATOR, OfficeKind.REGIONAL)[0].message).toMatch(/本部のみ/);
  });

  it('administrators and executives have neither office nor partner institution', () => {
    for (const role of [Role.ADMIN, Role.EXECUTIVE]) {
      expect(check(role, null)).toEqual([]);
      expect(fields(check(role, OfficeKind.HEADQUARTERS))).toEqual(['input.officeId']);
      expect(fields(check(role, null, PARTNER))).toEqual(['input.partnerInstitutionId']);
    }
  });

  it('partner users need a partner institution and no office', () => {
    for (const role of [Role.PARTNER_HQ, Role.PARTNER_BRANCH]) {
      const branch = role === Role.PARTNER_BRANCH ? BRANCH : null;
      expect(check(role, null, PARTNER, branch)).toEqual([]);
      expect(fields(check(role, null, null, branch))).toEqual(['input.partnerInstitutionId']);
      expect(fields(check(role, OfficeKind.REGIONAL, PARTNER, branch))).toEqual(['input.officeId']);
    }
  });

  it('a partner branch user needs a branch; no other role may have one', () => {
    expect(check(Role.PARTNER_BRANCH, null, PARTNER)).toEqual([
      {
        field: 'input.partnerBranchId',
        message: '提携機関(支部)のユーザーには所属する支店のIDを指定してください。',
      },
    ]);
    expect(check(Role.PARTNER_HQ, null, PARTNER, BRANCH)).toEqual([
      { field: 'input.partnerBranchId', message: '支店IDは提携機関(支部)のユーザーにのみ設定できます。' },
    ]);
    expect(fields(check(Role.CONSULTANT, OfficeKind.REGIONAL, null, BRANCH))).toEqual([
      'input.partnerBranchId',
    ]);
  });

  it('an office id that names no office is reported as such', () => {
    const problems = assignmentProblems({
      role: Role.CONSULTANT,
      officeId: OFFICE,
      officeKind: null,
      partnerInstitutionId: null,
    });
    expect(problems).toEqual([{ field: 'input.officeId', message: '指定された事務所が見つかりません。' }]);
  });
});
