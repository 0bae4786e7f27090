import { Role, ROLES_METADATA } from '@kakehashi/authz';
import { FollowUpSettingsResolver } from './follow-up-settings.resolver';
import { FollowUpsResolver } from './follow-ups.resolver';

function rolesOf(target: { prototype: object }, method: string): Role[] | undefined {
  const handler = (target.prototype as Record<string, unknown>)[method] as object;
  return Reflect.getMetadata(ROLES_METADATA, handler) as Role[] | undefined;
}

describe('who may call the follow-up operations', () => {
  it('lets consultants and headquarters coordinators record follow-ups and list their tasks', () => {
    expect(rolesOf(FollowUpsResolver, 'recordFollowUp')?.sort()).toEqual([
      Role.CONSULTANT,
      Role.HQ_COORDINATOR,
    ]);
    expect(rolesOf(FollowUpsResolver, 'myTasks')?.sort()).toEqual([Role.CONSULTANT, Role.HQ_COORDINATOR]);
  });

  it('lets administrators and coordinators read the defaults, and only administrators change them', () => {
    expect(rolesOf(FollowUpSettingsResolver, 'caseFollowUpSettings')?.sort()).toEqual([
      Role.ADMIN,
      Role.HQ_COORDINATOR,
    ]);
    expect(rolesOf(FollowUpSettingsResolver, 'updateCaseFollowUpSettings')).toEqual([Role.ADMIN]);
  });
});
