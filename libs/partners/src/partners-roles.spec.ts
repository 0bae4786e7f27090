import { Role, ROLES_METADATA } from '@kakehashi/authz';
import { PartnerAgreementResolver } from './agreements/partner-agreement.resolver';
import { PartnerBranchResolver } from './branches/partner-branch.resolver';
import { PartnerContactResolver } from './contacts/partner-contact.resolver';
import { PartnerInstitutionResolver } from './institutions/partner-institution.resolver';
import { PartnerUsersResolver } from './partner-users/partner-users.resolver';

function rolesOf(target: { prototype: object }, method: string): Role[] | undefined {
  const handler = (target.prototype as Record<string, unknown>)[method] as object;
  return (Reflect.getMetadata(ROLES_METADATA, handler) as Role[] | undefined)?.slice().sort();
}

describe('who may call the partner operations', () => {
  const managers = [Role.ADMIN, Role.HQ_COORDINATOR].sort();

  it.each([
    [PartnerInstitutionResolver, 'partnerInstitutions'],
    [PartnerInstitutionResolver, 'partnerInstitution'],
    [PartnerInstitutionResolver, 'createPartnerInstitution'],
    [PartnerInstitutionResolver, 'updatePartnerInstitution'],
    [PartnerBranchResolver, 'addPartnerBranch'],
    [PartnerBranchResolver, 'updatePartnerBranch'],
    [PartnerAgreementResolver, 'addPartnerAgreement'],
    [PartnerAgreementResolver, 'endPartnerAgreement'],
    [PartnerContactResolver, 'addPartnerContact'],
    [PartnerContactResolver, 'updatePartnerContact'],
    [PartnerUsersResolver, 'createPartnerUser'],
  ] as const)('%p.%s: administrators and HQ coordinators only', (resolver, method) => {
    expect(rolesOf(resolver, method)).toEqual(managers);
  });

  it('lets executives read the agreement figures too, but nothing about the partners themselves', () => {
    expect(rolesOf(PartnerAgreementResolver, 'partnerAgreementCounts')).toEqual(
      [Role.ADMIN, Role.EXECUTIVE, Role.HQ_COORDINATOR].sort(),
    );
  });

  it('gives partner users their own institution and nothing else', () => {
    expect(rolesOf(PartnerInstitutionResolver, 'myPartnerInstitution')).toEqual(
      [Role.PARTNER_BRANCH, Role.PARTNER_HQ].sort(),
    );
  });
});
