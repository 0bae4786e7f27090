import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { USER_ADMINISTRATORS } from '../identity-roles';
import { UserModel } from './user.model';

/**
 * Whether a user runs the administrator's console, from the same role list the account operations check: the web
 * app draws the console's menus from it and keeps no copy of the roles.
 */
@Resolver(() => UserModel)
export class UserAdministrationWorkResolver {
  @ResolveField(() => Boolean, {
    description:
      'ユーザー・スキル辞書・マッチング設定などを管理する利用者か (管理者) / Whether the user administers the platform.',
  })
  administers(@Parent() user: UserModel): boolean {
    return (USER_ADMINISTRATORS as readonly string[]).includes(user.role);
  }
}
