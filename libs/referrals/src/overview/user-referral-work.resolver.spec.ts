import { Role } from '@kakehashi/authz';
import type { UserModel } from '@kakehashi/identity';
import { UserReferralWorkResolver } from './user-referral-work.resolver';

describe('User.refersCompanies / User.forwardsReferrals', () => {
  const resolver = new UserReferralWorkResolver();
  const as = (role: Role) => ({ role }) as UserModel;

  it('are true for the roles the referral operations let refer and forward, and false for every other', () => {
    const referring = Object.values(Role).filter((role) => resolver.refersCompanies(as(role)));
    const forwarding = Object.values(Role).filter((role) => resolver.forwardsReferrals(as(role)));
    expect(referring.sort()).toEqual([Role.PARTNER_BRANCH, Role.PARTNER_HQ].sort());
    expect(forwarding).toEqual([Role.PARTNER_HQ]);
  });
});
