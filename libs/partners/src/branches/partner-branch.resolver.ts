import { Roles } from '@kakehashi/authz';
import type { RequestLoaders } from '@kakehashi/graphql-core';
import { PrefectureEntity, prefectureLoader, PrefectureModel } from '@kakehashi/organisations';

import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AddPartnerBranchInput, UpdatePartnerBranchInput } from './dtos/partner-branch.inputs';
import { PartnerBranchModel, toBranchModel } from './partner-branch.model';

import { PartnerBranchWriteService } from './services/partner-branch-write.service';
import { PARTNER_MANAGERS } from '../partners-roles';

@Resolver(() => PartnerBranchModel)
export class PartnerBranchResolver {
  constructor(
    private readonly writes: PartnerBranchWriteService,
    @InjectRepository(PrefectureEntity) private readonly prefectures: Repository<PrefectureEntity>,
  ) {}

  @Mutation(() => PartnerBranchModel, {
    description: '支店・支部の追加 / Add a branch to a partner institution.',
  })
  @Roles(...PARTNER_MANAGERS)
  async addPartnerBranch(@Args('input') input: AddPartnerBranchInput): Promise<PartnerBranchModel> {
    return toBranchModel(await this.writes.add(input));
  }

  @Mutation(() => PartnerBranchModel, {
    description: '支店・支部の編集 (楽観的排他) / Edit a branch (optimistic locking).',
  })
  @Roles(...PARTNER_MANAGERS)
  async updatePartnerBranch(@Args('input') input: UpdatePartnerBranchInput): Promise<PartnerBranchModel> {
    return toBranchModel(await this.writes.update(input));
  }

  @ResolveField(() => PrefectureModel, { nullable: true, description: '所在都道府県 / Prefecture.' })
  prefecture(
    @Parent() branch: PartnerBranchModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PrefectureModel | null> {
    return prefectureLoader(loaders, this.prefectures).load(branch.prefectureCode);
  }
}
