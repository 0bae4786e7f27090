import { UserModel } from '@kakehashi/identity';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { REGISTRANT_WORKERS } from '../access/talent-bank-roles';

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
}
