import { Role, type AuthUser } from '@kakehashi/authz';
import { OfferException, OfferExceptionCode } from '../offer.exception';
import { assertMayEditOffer, assertMayWriteOffers, companyScopeProblem } from './offer-access.policy';

const user = (role: Role, officeId: string | null = null): AuthUser => ({
  id: 'u',
  email: 'u@kakehashi.example',
  name: 'u',
  role,
  officeId,
  partnerInstitutionId: null,
  partnerBranchId: null,
});

function codeOf(fn: () => void): OfferExceptionCode | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof OfferException) return error.code;
    throw error;
  }
}

describe('offer access policy', () => {
  it('lets a consultant write for the own office only, naming the other office', () => {
    const consultant = user(Role.CONSULTANT, 'tokyo');
    expect(companyScopeProblem(consultant, { owningOfficeId: 'tokyo' }, '東京事務所')).toBeNull();
    expect(companyScopeProblem(consultant, { owningOfficeId: 'osaka' }, '大阪事務所')).toEqual({
      field: 'input.companyId',
      message: expect.stringContaining('大阪事務所'),
    });
    expect(
      codeOf(() => assertMayEditOffer(consultant, { owningOfficeId: 'tokyo' }, '東京事務所')),
    ).toBeNull();
    expect(codeOf(() => assertMayEditOffer(consultant, { owningOfficeId: 'osaka' }, '大阪事務所'))).toBe(
      OfferExceptionCode.OUTSIDE_OFFICE_SCOPE,
    );
  });

  it('lets HQ and administrators write for any office', () => {
    for (const role of [Role.HQ_COORDINATOR, Role.ADMIN]) {
      expect(companyScopeProblem(user(role, 'hq'), { owningOfficeId: 'osaka' }, '大阪事務所')).toBeNull();
      expect(
        codeOf(() => assertMayEditOffer(user(role), { owningOfficeId: 'osaka' }, '大阪事務所')),
      ).toBeNull();
    }
  });

  it('refuses a consultant without an office, and every other role', () => {
    expect(codeOf(() => assertMayWriteOffers(user(Role.CONSULTANT)))).toBe(
      OfferExceptionCode.NO_OFFICE_ASSIGNED,
    );
    for (const role of [Role.EXECUTIVE, Role.PARTNER_HQ, Role.PARTNER_BRANCH]) {
      expect(codeOf(() => assertMayWriteOffers(user(role, 'tokyo')))).toBe(
        OfferExceptionCode.OUTSIDE_OFFICE_SCOPE,
      );
    }
  });
});
