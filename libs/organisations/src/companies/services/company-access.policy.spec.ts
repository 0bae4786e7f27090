import { Role, type AuthUser } from '@kakehashi/authz';
import { CompanyException, CompanyExceptionCode } from '../company.exception';
import {
  assertMayEditCompany,
  assertMayMoveCompany,
  owningOfficeForNewCompany,
} from './company-access.policy';

const OSAKA = '00000000-0000-4000-8000-000000000027';
const TOKYO = '00000000-0000-4000-8000-000000000013';

function user(role: Role, officeId: string | null = null): AuthUser {
  return {
    id: 'u',
    email: 'u@kakehashi.example',
    name: '試験',
    role,
    officeId,
    partnerInstitutionId: null,
    partnerBranchId: null,
  };
}

function codeOf(action: () => unknown): CompanyExceptionCode | null {
  try {
    action();
    return null;
  } catch (error) {
    if (error instanceof CompanyException) return error.code;
    throw error;
  }
}

describe('owningOfficeForNewCompany', () => {
  it('gives a consultant’s new company to their own office, whether or not they name it', () => {
    expect(owningOfficeForNewCompany(user(Role.CONSULTANT, OSAKA), undefined)).toBe(OSAKA);
    expect(owningOfficeForNewCompany(user(Role.CONSULTANT, OSAKA), OSAKA)).toBe(OSAKA);
  });

  it('refuses a consultant registering a company for another office', () => {
    expect(codeOf(() => owningOfficeForNewCompany(user(Role.CONSULTANT, OSAKA), TOKYO))).toBe(
      CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE,
    );
  });

  it('lets HQ and admins choose any office, and leaves the choice to them', () => {
    expect(owningOfficeForNewCompany(user(Role.HQ_COORDINATOR), TOKYO)).toBe(TOKYO);
    expect(owningOfficeForNewCompany(user(Role.ADMIN), undefined)).toBeNull();
  });

  it('refuses a consultant without an office rather than guessing one', () => {
    expect(codeOf(() => owningOfficeForNewCompany(user(Role.CONSULTANT, null), undefined))).toBe(
      CompanyExceptionCode.NO_OFFICE_ASSIGNED,
    );
  });

  it('refuses roles that do not manage companies even if a resolver forgot its @Roles', () => {
    expect(codeOf(() => owningOfficeForNewCompany(user(Role.EXECUTIVE), TOKYO))).toBe(
      CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE,
    );
  });
});

describe('assertMayEditCompany', () => {
  it('names the owning office when a consultant tries to edit another office’s company', () => {
    let error: unknown;
    try {
      assertMayEditCompany(user(Role.CONSULTANT, OSAKA), { owningOfficeId: TOKYO }, '東京事務所');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CompanyException);
    expect((error as CompanyException).code).toBe(CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE);
    expect((error as CompanyException).message).toContain('東京事務所');
  });

  it('lets consultants edit their own office’s companies and HQ edit any', () => {
    expect(
      codeOf(() =>
        assertMayEditCompany(user(Role.CONSULTANT, OSAKA), { owningOfficeId: OSAKA }, '大阪事務所'),
      ),
    ).toBeNull();
    expect(
      codeOf(() => assertMayEditCompany(user(Role.HQ_COORDINATOR), { owningOfficeId: OSAKA }, '大阪事務所')),
    ).toBeNull();
  });
});

describe('assertMayMoveCompany', () => {
  it('keeps hand-overs between offices to HQ and admins', () => {
    expect(codeOf(() => assertMayMoveCompany(user(Role.CONSULTANT, OSAKA), OSAKA, TOKYO))).toBe(
      CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE,
    );
    expect(codeOf(() => assertMayMoveCompany(user(Role.CONSULTANT, OSAKA), OSAKA, OSAKA))).toBeNull();
    expect(codeOf(() => assertMayMoveCompany(user(Role.ADMIN), OSAKA, TOKYO))).toBeNull();
  });
});
