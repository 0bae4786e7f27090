import { UserModel } from '@kakehashi/identity';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ASSIGNMENT_STAFF } from '../matching-roles';

/**
 * Whether a user runs batch assignments, from the same role list every run operation checks: the web app shows the
 * assignment screens from it and keeps no copy of the roles.
 */
@Resolver(() => UserModel)
export class UserAssignmentResolver {
  @ResolveField(() => Boolean, {
    description:
      '一括マッチングを実行・確認できる利用者か (本部・管理者・コンサルタント) / Whether the user runs batch assignments.',
  })
  runsAssignment(@Parent() user: UserModel): boolean {
    return (ASSIGNMENT_STAFF as readonly string[]).includes(user.role);
  }
}
