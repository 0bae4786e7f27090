import { UserModel } from '@kakehashi/identity';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ANY_OFFICE_ROLES, REGISTRANT_WORKERS } from '../talent-bank-roles';

/**
 * Whether a user works Career Talent Bank registrants, from the role list the registrant operations check: the web
 * app shows the talent bank's menu from it and keeps no copy of the roles.
 */
@Resolver(() => UserModel)
export class UserTalentBankWorkResolver {
  @ResolveField(() => Boolean, {
    description:
      'キャリア人材バンクの登録者を扱う利用者か (コンサルタント・本部) / Whether the user works talent bank registrants.',
  })
  worksTalentBank(@Parent() user: UserModel): boolean {
    return (REGISTRANT_WORKERS as readonly string[]).includes(user.role);
  }

  @ResolveField(() => Boolean, {
    description:
      'どの事務所の登録者も扱い、登録事務所を選ぶ利用者か (本部) / Whether the user works every office’s registrants and names the office.',
  })
  worksTalentBankOfAnyOffice(@Parent() user: UserModel): boolean {
    return this.worksTalentBank(user) && ANY_OFFICE_ROLES.includes(user.role);
  }
}
