import { Role } from '@kakehashi/authz';
import type { UserModel } from '@kakehashi/identity';
import { UserReferralWorkResolver } from './user-referral-work.resolver';

describe('User.refersCompanies, forwardsReferrals, reviewsReferrals and handlesOfficeReferrals', () => {
  const resolver = new UserReferralWorkResolver();
  const user = (role: Role) => ({ role }) as UserModel;

  it.each([
    [Role.HQ_COORDINATOR, false, false, true, true],
    [Role.CONSULTANT, false, false, false, true],
    [Role.ADMIN, false, false, false, false],
    [Role.EXECUTIVE, false, false, false, false],
    [Role.PARTNER_HQ, true, true, false, false],
    [Role.PARTNER_BRANCH, true, false, false, false],
  ])(
    '%s: refers %s, forwards %s, reviews %s, handles office referrals %s',
    (role, refers, forwards, reviews, handles) => {
      expect(resolver.refersCompanies(user(role))).toBe(refers);
      expect(resolver.forwardsReferrals(user(role))).toBe(forwards);
      expect(resolver.reviewsReferrals(user(role))).toBe(reviews);
      expect(resolver.handlesOfficeReferrals(user(role))).toBe(handles);
    },
  );
});
