import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';

import type { RequestLoaders } from '@kakehashi/graphql-core';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseCompaniesService } from '../board/case-companies.service';
import { CASE_ACTORS, CASE_READERS } from '../cases-roles';

import { CaseModel, CaseSummaryModel, toCaseModel, toCaseSummaryModel } from './case.model';
import { CreateCaseInput } from './dtos/create-case.input';
import { CaseQueryService } from './services/case-query.service';
import { CreateCaseService } from './services/create-case.service';

@Resolver(() => CaseModel)
export class CaseResolver {
  constructor(
    private readonly queries: CaseQueryService,
    private readonly creation: CreateCaseService,
    private readonly caseCompanies: CaseCompaniesService,
  ) {}

  @Query(() => CaseModel, {
    name: 'case',
    description:
      '案件の詳細 (担当事務所のコンサルタントと本部のみ。他は caseSummary) / A case in full, for the offices involved and HQ.',
  })
  @Roles(...CASE_ACTORS)
  async findCase(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CaseModel> {
    return toCaseModel(await this.queries.full(user, id));
  }

  @Query(() => CaseSummaryModel, {
    description: '案件の概要 / A case summary, for all Center staff who broker.',
  })
  @Roles(...CASE_READERS)
  async caseSummary(
    @Args('id', { type: () => ID }) id: string,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<CaseSummaryModel> {
    const [summary] = await this.caseCompanies.attach(
      [toCaseSummaryModel(await this.queries.summary(id))],
      loaders,
    );
    return summary;
  }

  @Mutation(() => CaseModel, { description: '案件の作成 (STEP1から) / Open a case at STEP1.' })
  @Roles(...CASE_ACTORS)
  async createCase(@CurrentUser() user: AuthUser, @Args('input') input: CreateCaseInput): Promise<CaseModel> {
    return toCaseModel(await this.creation.create(user, input));
  }
}
