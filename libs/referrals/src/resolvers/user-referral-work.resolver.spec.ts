import { Role } from '@kakehashi/authz';
import type { UserModel } from '@kakehashi/identity';
import { UserReferralWorkResolver } from './user-referral-work.resolver';

describe('User.reviewsReferrals and User.handlesOfficeReferrals', () => {
  const resolver = new UserReferralWorkResolver();
  const user = (role: Role) => ({ role }) as UserModel;

  it.each([
    [Role.HQ_COORDINATOR, true, true],
    [Role.CONSULTANT, false, true],
    [Role.ADMIN, false, false],
    [Role.EXECUTIVE, false, false],
    [Role.PARTNER_HQ, false, false],
    [Role.PARTNER_BRANCH, false, false],
  ])('%s: reviews %s, handles office referrals %s', (role, reviews, handles) => {
    expect(resolver.reviewsReferrals(user(role))).toBe(reviews);
    expect(resolver.handlesOfficeReferrals(user(role))).toBe(handles);
  });
});
