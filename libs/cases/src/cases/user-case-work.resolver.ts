import { UserModel } from '@kakehashi/identity';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CASE_ACTORS } from '../cases-roles';

/**
 * Whether a user works cases (the board, tasks, companies and offers), from the same role list every case operation
 * checks: the web app shows a user the screens of their work from it, and keeps no copy of the roles.
 */
@Resolver(() => UserModel)
export class UserCaseWorkResolver {
  @ResolveField(() => Boolean, {
    description:
      '案件を扱う利用者か (コンサルタント・本部) / Whether the user works cases (consultants, HQ).',
  })
  worksCases(@Parent() user: UserModel): boolean {
    return (CASE_ACTORS as readonly string[]).includes(user.role);
  }
}
