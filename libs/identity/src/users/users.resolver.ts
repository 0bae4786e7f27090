import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, type Connection } from '@kakehashi/graphql-core';

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { IdentityException } from '../identity.exception';
import { CreateUserInput } from './dtos/create-user.input';
import { UpdateUserInput } from './dtos/update-user.input';
import { UsersArgs } from './dtos/users.args';
import { USER_ADMINISTRATORS, USER_READERS } from '../identity-roles';
import { UserAdministrationService } from './services/user-administration.service';
import { UserDirectoryService } from './services/user-directory.service';
import type { UserEntity } from './user.entity';
import { UserConnection, UserModel } from './user.model';

// graphql-core types it with graphql-query-complexity's args (which add `node`); Nest passes the same values.

/** User administration: administrators manage accounts; HQ coordinators may look them up. */
@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly directory: UserDirectoryService,
    private readonly administration: UserAdministrationService,
  ) {}

  @Query(() => UserConnection, {
    complexity: connectionComplexity,
    description: 'ユーザー一覧 (メールアドレス順) / Users by e-mail.',
  })
  @Roles(...USER_READERS)
  users(@Args() args: UsersArgs): Promise<Connection<UserEntity>> {
    return this.directory.list({ first: args.first, after: args.after }, args.filter ?? {});
  }

  @Query(() => UserModel, { description: 'ユーザー1件 / One user.' })
  @Roles(...USER_READERS)
  async user(@Args('id', { type: () => ID }) id: string): Promise<UserEntity> {
    const user = await this.directory.findById(id);
    if (!user) throw IdentityException.userNotFound();
    return user;
  }

  @Mutation(() => UserModel, { description: 'ユーザーを作成する / Create a user account.' })
  @Roles(...USER_ADMINISTRATORS)
  createUser(@Args('input') input: CreateUserInput): Promise<UserEntity> {
    return this.administration.createUser(input);
  }

  @Mutation(() => UserModel, {
    description:
      '氏名・ロール・所属を変更する (ロールや所属の変更で全端末ログアウト) / Change name, role or office.',
  })
  @Roles(...USER_ADMINISTRATORS)
  updateUser(@CurrentUser() caller: AuthUser, @Args('input') input: UpdateUserInput): Promise<UserEntity> {
    return this.administration.updateUser(caller, input);
  }

  @Mutation(() => UserModel, { description: 'アカウントを無効にする (即時に全端末ログアウト) / Deactivate.' })
  @Roles(...USER_ADMINISTRATORS)
  deactivateUser(
    @CurrentUser() caller: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<UserEntity> {
    return this.administration.deactivateUser(caller, id);
  }

  @Mutation(() => UserModel, { description: 'アカウントを再び有効にする / Reactivate.' })
  @Roles(...USER_ADMINISTRATORS)
  reactivateUser(@Args('id', { type: () => ID }) id: string): Promise<UserEntity> {
    return this.administration.reactivateUser(id);
  }
}
