import { UserModel } from '@kakehashi/identity';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PARTNER_MANAGERS } from '../partners-roles';

/**
 * Whether a user manages partner institutions (their branches, agreements, contacts and accounts), from the same role
 * list every partner-management operation checks: the web app shows the partners menu from it, with no copy of the
 * roles in the browser.
 */
@Resolver(() => UserModel)
export class UserPartnerManagementResolver {
  @ResolveField(() => Boolean, {
    description:
      '提携機関を管理する利用者か (管理者・本部コーディネーター) / Whether the user manages partner institutions.',
  })
  managesPartners(@Parent() user: UserModel): boolean {
    return (PARTNER_MANAGERS as readonly string[]).includes(user.role);
  }
}
