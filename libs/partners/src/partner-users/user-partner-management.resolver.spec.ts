import { Role, ROLES_METADATA } from '@kakehashi/authz';
import type { UserModel } from '@kakehashi/identity';
import { PartnerInstitutionResolver } from '../institutions/partner-institution.resolver';
import { UserPartnerManagementResolver } from './user-partner-management.resolver';

describe('User.managesPartners', () => {
  const resolver = new UserPartnerManagementResolver();
  const managesPartners = (role: Role) => resolver.managesPartners({ role } as UserModel);

  it('is true exactly for the roles the partner operations admit', () => {
    // The roles @Roles gave the operation that registers an institution (what the API guard enforces).
    const admitted = Reflect.getMetadata(
      ROLES_METADATA,
      PartnerInstitutionResolver.prototype.createPartnerInstitution,
    ) as Role[];
    expect(admitted.length).toBeGreaterThan(0);
    for (const role of Object.values(Role)) {
      expect([role, managesPartners(role)]).toEqual([role, admitted.includes(role)]);
    }
  });

  it('is false for consultants, executives and partner users', () => {
    expect(
      [Role.CONSULTANT, Role.EXECUTIVE, Role.PARTNER_HQ, Role.PARTNER_BRANCH].map(managesPartners),
    ).toEqual([false, false, false, false]);
  });
});
