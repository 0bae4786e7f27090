import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import type { RequestLoaders } from '@kakehashi/graphql-core';
import { UserModel, type UserEntity } from '@kakehashi/identity';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CreatePartnerUserInput } from './dtos/create-partner-user.input';
import { PartnerUsersArgs, UpdatePartnerUserInput } from './dtos/partner-user.inputs';
import { PartnerBranchModel, toBranchModel } from '../branches/partner-branch.model';

import { CreatePartnerUserService } from './services/create-partner-user.service';
import { PartnerUserActivationService } from './services/partner-user-activation.service';
import { PartnerUserDirectoryService } from './services/partner-user-directory.service';
import { PartnerLoaders } from '../institutions/services/partner.loaders';
import { UpdatePartnerUserService } from './services/update-partner-user.service';
import { PARTNER_MANAGERS } from '../partners-roles';

/**
 * Partner accounts, managed by administrators and HQ coordinators (partner users do not manage accounts). Every
 * operation here reaches partner accounts only; Center staff accounts are the administrators' (updateUser...).
 */
@Resolver(() => UserModel)
export class PartnerUsersResolver {
  constructor(
    private readonly creates: CreatePartnerUserService,
    private readonly directory: PartnerUserDirectoryService,
    private readonly updates: UpdatePartnerUserService,
    private readonly activation: PartnerUserActivationService,
    private readonly loaders: PartnerLoaders,
  ) {}

  @Query(() => [UserModel], {
    description:
      '提携機関ユーザーの一覧 (本部が先、メールアドレス順。支店で絞り込み可) / An institution’s partner accounts, head office first.',
  })
  @Roles(...PARTNER_MANAGERS)
  partnerUsers(@Args() args: PartnerUsersArgs): Promise<UserEntity[]> {
    return this.directory.list(args.institutionId, {
      branchId: args.branchId,
      includeInactive: args.includeInactive,
    });
  }

  @Mutation(() => UserModel, {
    description:
      '提携機関ユーザーの作成 (PARTNER_BRANCH はその機関の支店が必須) / Create a partner user account; a branch user needs a branch of the institution.',
  })
  @Roles(...PARTNER_MANAGERS)
  createPartnerUser(@Args('input') input: CreatePartnerUserInput): Promise<UserEntity> {
    return this.creates.create(input);
  }

  @Mutation(() => UserModel, {
    description:
      '提携機関ユーザーの氏名・ロール・支店の変更 (楽観的排他。ロール・支店の変更で全端末ログアウト) / Edit a partner account.',
  })
  @Roles(...PARTNER_MANAGERS)
  updatePartnerUser(
    @CurrentUser() caller: AuthUser,
    @Args('input') input: UpdatePartnerUserInput,
  ): Promise<UserEntity> {
    return this.updates.update(caller, input);
  }

  @Mutation(() => UserModel, {
    description: '提携機関ユーザーを無効にする (即時に全端末ログアウト) / Deactivate a partner account.',
  })
  @Roles(...PARTNER_MANAGERS)
  deactivatePartnerUser(
    @CurrentUser() caller: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<UserEntity> {
    return this.activation.deactivate(caller, id);
  }

  @Mutation(() => UserModel, {
    description: '提携機関ユーザーを再び有効にする / Reactivate a partner account.',
  })
  @Roles(...PARTNER_MANAGERS)
  reactivatePartnerUser(@Args('id', { type: () => ID }) id: string): Promise<UserEntity> {
    return this.activation.reactivate(id);
  }

  @ResolveField(() => PartnerBranchModel, {
    nullable: true,
    description: '所属支店 (提携機関(支部)のユーザー) / The branch of a partner branch user.',
  })
  async partnerBranch(
    @Parent() user: UserModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PartnerBranchModel | null> {
    if (!user.partnerBranchId) return null;
    const branch = await this.loaders.branchById(loaders).load(user.partnerBranchId);
    return branch ? toBranchModel(branch) : null;
  }
}
