import { Roles } from '@kakehashi/authz';
import type { RequestLoaders } from '@kakehashi/graphql-core';
import { OfficeEntity, officeLoader, OfficeModel } from '@kakehashi/organisations';

import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AddPartnerAgreementInput, EndPartnerAgreementInput } from './dtos/partner-agreement.inputs';
import {
  PartnerAgreementCountsModel,
  PartnerAgreementModel,
  toAgreementModel,
} from './partner-agreement.model';

import { asOfDate } from './services/as-of';
import { inForceOn } from './services/partner-dates';
import { PartnerAgreementCountsService } from './services/partner-agreement-counts.service';
import { PartnerAgreementWriteService } from './services/partner-agreement-write.service';
import { AGREEMENT_COUNT_READERS, PARTNER_MANAGERS } from '../partners-roles';

@Resolver(() => PartnerAgreementModel)
export class PartnerAgreementResolver {
  constructor(
    private readonly writes: PartnerAgreementWriteService,
    private readonly counts: PartnerAgreementCountsService,
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
  ) {}

  @Query(() => PartnerAgreementCountsModel, {
    description:
      '基準日に有効な連携協定の数 (種別ごと。締結日≦基準日、終了日なしまたは終了日>基準日) / Agreements in force on a date, by partner type.',
  })
  @Roles(...AGREEMENT_COUNT_READERS)
  partnerAgreementCounts(
    @Args('asOf', { description: '基準日 (YYYY-MM-DD) / The date.' }) asOf: string,
  ): Promise<PartnerAgreementCountsModel> {
    return this.counts.countsOn(asOf);
  }

  @Mutation(() => PartnerAgreementModel, {
    description:
      '連携協定の登録 (本部または地方事務所との協定) / Record an agreement with HQ or a regional office.',
  })
  @Roles(...PARTNER_MANAGERS)
  async addPartnerAgreement(@Args('input') input: AddPartnerAgreementInput): Promise<PartnerAgreementModel> {
    return toAgreementModel(await this.writes.add(input));
  }

  @Mutation(() => PartnerAgreementModel, {
    description: '連携協定の終了 (終了日から効力なし、楽観的排他) / End an agreement (optimistic locking).',
  })
  @Roles(...PARTNER_MANAGERS)
  async endPartnerAgreement(@Args('input') input: EndPartnerAgreementInput): Promise<PartnerAgreementModel> {
    return toAgreementModel(await this.writes.end(input));
  }

  @ResolveField(() => Boolean, {
    description:
      '基準日に有効か (締結日≦基準日、終了日なしまたは終了日>基準日) / Whether the agreement is in force on the date.',
  })
  inForceOn(
    @Parent() agreement: PartnerAgreementModel,
    @Args('asOf', { description: '基準日 (YYYY-MM-DD) / The date.' }) asOf: string,
  ): boolean {
    return inForceOn(agreement, asOfDate(asOf));
  }

  @ResolveField(() => OfficeModel, {
    nullable: true,
    description: '締結した地方事務所 (本部との協定は null) / The regional office; null for headquarters.',
  })
  async office(
    @Parent() agreement: PartnerAgreementModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<OfficeModel | null> {
    return agreement.officeId ? officeLoader(loaders, this.offices).load(agreement.officeId) : null;
  }
}
