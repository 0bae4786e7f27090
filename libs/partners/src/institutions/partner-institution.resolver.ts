import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import {
  connectionComplexity,
  ForbiddenError,
  type Connection,
  type GraphqlContext,
  type RequestLoaders,
} from '@kakehashi/graphql-core';
import { UserModel, type UserEntity } from '@kakehashi/identity';
import { PrefectureEntity, prefectureLoader, PrefectureModel } from '@kakehashi/organisations';

import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import {
  CreatePartnerInstitutionInput,
  PartnerInstitutionsArgs,
  UpdatePartnerInstitutionInput,
} from './dtos/partner-institution.inputs';
import { PartnerAgreementModel, toAgreementModel } from '../agreements/partner-agreement.model';
import { PartnerBranchModel, toBranchModel } from '../branches/partner-branch.model';
import { PartnerContactModel, toContactModel } from '../contacts/partner-contact.model';
import {
  PartnerInstitutionConnection,
  PartnerInstitutionModel,
  toInstitutionModel,
} from './partner-institution.model';

import { CreatePartnerInstitutionService } from './services/create-partner-institution.service';
import { PartnerInstitutionQueryService } from './services/partner-institution-query.service';
import { PartnerLoaders } from './services/partner.loaders';
import { UpdatePartnerInstitutionService } from './services/update-partner-institution.service';
import { asOfDate } from '../agreements/services/as-of';
import { inForceOn } from '../agreements/services/partner-dates';
import { PARTNER_MANAGERS, PARTNER_USERS } from '../partners-roles';

const MANAGER_ROLES: readonly string[] = PARTNER_MANAGERS;

/**
 * Partner institutions: the Center's administrators and HQ coordinators list and manage them; a partner user reads
 * only their own (myPartnerInstitution), whose nested fields lead to nothing but that institution's own records.
 */
@Resolver(() => PartnerInstitutionModel)
export class PartnerInstitutionResolver {
  constructor(
    private readonly queries: PartnerInstitutionQueryService,
    private readonly creates: CreatePartnerInstitutionService,
    private readonly updates: UpdatePartnerInstitutionService,
    private readonly loaders: PartnerLoaders,
    @InjectRepository(PrefectureEntity) private readonly prefectures: Repository<PrefectureEntity>,
  ) {}

  @Query(() => PartnerInstitutionConnection, {
    complexity: connectionComplexity,
    description:
      '提携機関の一覧 (名称順。種別・対象都道府県・名称で絞り込み) / Partner institutions by name, filtered.',
  })
  @Roles(...PARTNER_MANAGERS)
  async partnerInstitutions(
    @Args() args: PartnerInstitutionsArgs,
  ): Promise<Connection<PartnerInstitutionModel>> {
    const page = await this.queries.list(args.filter ?? {}, { first: args.first, after: args.after });
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toInstitutionModel(e.node) })),
    };
  }

  @Query(() => PartnerInstitutionModel, { description: '提携機関1件 / One partner institution.' })
  @Roles(...PARTNER_MANAGERS)
  async partnerInstitution(@Args('id', { type: () => ID }) id: string): Promise<PartnerInstitutionModel> {
    return toInstitutionModel(await this.queries.byId(id));
  }

  @Query(() => PartnerInstitutionModel, {
    description: '自分が所属する提携機関 (提携機関ユーザー) / The signed-in partner user’s own institution.',
  })
  @Roles(...PARTNER_USERS)
  async myPartnerInstitution(@CurrentUser() caller: AuthUser): Promise<PartnerInstitutionModel> {
    return toInstitutionModel(await this.queries.mine(caller));
  }

  @Mutation(() => PartnerInstitutionModel, {
    description: '提携機関の登録 / Register a partner institution.',
  })
  @Roles(...PARTNER_MANAGERS)
  async createPartnerInstitution(
    @Args('input') input: CreatePartnerInstitutionInput,
  ): Promise<PartnerInstitutionModel> {
    return toInstitutionModel(await this.creates.create(input));
  }

  @Mutation(() => PartnerInstitutionModel, {
    description: '提携機関の編集 (楽観的排他) / Edit a partner institution (optimistic locking).',
  })
  @Roles(...PARTNER_MANAGERS)
  async updatePartnerInstitution(
    @Args('input') input: UpdatePartnerInstitutionInput,
  ): Promise<PartnerInstitutionModel> {
    return toInstitutionModel(await this.updates.update(input));
  }

  @ResolveField(() => [PrefectureModel], { description: '対象都道府県 / Covered prefectures.' })
  async coveredPrefectures(
    @Parent() institution: PartnerInstitutionModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PrefectureModel[]> {
    const found = await prefectureLoader(loaders, this.prefectures).loadMany(
      institution.coveredPrefectureCodes,
    );
    return found.filter((p): p is PrefectureModel => p !== null && !(p instanceof Error));
  }

  @ResolveField(() => [PartnerBranchModel], { description: '支店・支部 (都道府県・名称順) / Branches.' })
  async branches(
    @Parent() institution: PartnerInstitutionModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PartnerBranchModel[]> {
    return (await this.loaders.branchesOf(loaders).load(institution.id)).map(toBranchModel);
  }

  @ResolveField(() => [PartnerAgreementModel], {
    description: '連携協定 (新しい順) / Agreements, newest first.',
  })
  async agreements(
    @Parent() institution: PartnerInstitutionModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PartnerAgreementModel[]> {
    return (await this.loaders.agreementsOf(loaders).load(institution.id)).map(toAgreementModel);
  }

  @ResolveField(() => Int, {
    description:
      '基準日に有効な連携協定の数 (締結日≦基準日、終了日なしまたは終了日>基準日) / Agreements in force on the date.',
  })
  async agreementsInForceOn(
    @Parent() institution: PartnerInstitutionModel,
    @Args('asOf', { description: '基準日 (YYYY-MM-DD) / The date.' }) asOfInput: string,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<number> {
    const asOf = asOfDate(asOfInput);
    const agreements = await this.loaders.agreementsOf(loaders).load(institution.id);
    return agreements.filter((agreement) => inForceOn(agreement, asOf)).length;
  }

  @ResolveField(() => [PartnerContactModel], { description: '担当者 (本部が先) / Contact people.' })
  async contacts(
    @Parent() institution: PartnerInstitutionModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PartnerContactModel[]> {
    return (await this.loaders.contactsOf(loaders).load(institution.id)).map(toContactModel);
  }

  /**
   * Field resolvers run without the operation guard, and a partner user reaches its own institution through
   * myPartnerInstitution: the accounts are refused here to everyone but partner managers.
   */
  @ResolveField(() => [UserModel], {
    nullable: true,
    description:
      '提携機関ユーザー (本部が先、メールアドレス順。管理者・本部コーディネーターのみ) / Partner accounts; partner managers only.',
  })
  async users(
    @Parent() institution: PartnerInstitutionModel,
    @Args('includeInactive', {
      defaultValue: false,
      description: '無効化したアカウントも含める / Include deactivated accounts.',
    })
    includeInactive: boolean,
    @Context('loaders') loaders: RequestLoaders,
    @Context('req') req: GraphqlContext['req'],
  ): Promise<UserEntity[]> {
    const viewer = req.user as AuthUser | undefined;
    if (!viewer || !MANAGER_ROLES.includes(viewer.role)) {
      throw new ForbiddenError('提携機関ユーザーの一覧は管理者・本部コーディネーターのみ閲覧できます。', {
        reason: 'PARTNER_USERS_CENTER_ONLY',
      });
    }
    const users = await this.loaders.usersOf(loaders).load(institution.id);
    return includeInactive ? users : users.filter((user) => user.isActive);
  }
}
