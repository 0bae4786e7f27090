import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, type Connection, type RequestLoaders } from '@kakehashi/graphql-core';

import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { OfficeEntity } from '../offices/office.entity';
import { COMPANY_STAFF } from '../organisations-roles';
import { officeLoader } from '../offices/office.loader';
import { OfficeModel } from '../offices/office.model';
import { JsicMajorGroupEntity } from '../reference-data/jsic-major-group.entity';
import { PrefectureEntity } from '../reference-data/prefecture.entity';
import { jsicMajorGroupLoader, prefectureLoader } from '../reference-data/reference-data.loaders';
import { JsicMajorGroupModel, PrefectureModel } from '../reference-data/reference-data.models';

import { CompanyConnection, CompanyModel, toCompanyModel } from './company.model';
import { CompaniesArgs } from './dtos/companies.args';
import { CreateCompanyInput } from './dtos/create-company.input';
import { UpdateCompanyInput } from './dtos/update-company.input';
import { CompanySearchService } from './services/company-search.service';
import { CompanyWriteService } from './services/company-write.service';

// graphql-core types the estimator with graphql-query-complexity's arguments, a superset of what Nest declares and
// passes through unchanged at run time.

@Resolver(() => CompanyModel)
export class CompanyResolver {
  constructor(
    private readonly search: CompanySearchService,
    private readonly writes: CompanyWriteService,
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
    @InjectRepository(PrefectureEntity) private readonly prefectures: Repository<PrefectureEntity>,
    @InjectRepository(JsicMajorGroupEntity)
    private readonly jsicMajorGroups: Repository<JsicMajorGroupEntity>,
  ) {}

  @Query(() => CompanyConnection, {
    complexity: connectionComplexity,
    description: '企業の検索・一覧 (正規化した会社名順) / Search and list companies, by normalised name.',
  })
  @Roles(...COMPANY_STAFF)
  async companies(@Args() args: CompaniesArgs): Promise<Connection<CompanyModel>> {
    const page = await this.search.list(args.filter ?? {}, { first: args.first, after: args.after });
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toCompanyModel(edge.node) })),
    };
  }

  @Query(() => CompanyModel, { nullable: true, description: 'IDで企業を取得 / A company by id.' })
  @Roles(...COMPANY_STAFF)
  async company(@Args('id', { type: () => ID }) id: string): Promise<CompanyModel | null> {
    const company = await this.search.findById(id);
    return company ? toCompanyModel(company) : null;
  }

  @Mutation(() => CompanyModel, { description: '企業の登録 / Register a company.' })
  @Roles(...COMPANY_STAFF)
  async createCompany(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateCompanyInput,
  ): Promise<CompanyModel> {
    return toCompanyModel(await this.writes.create(user, input));
  }

  @Mutation(() => CompanyModel, {
    description: '企業の編集 (楽観的排他) / Edit a company (optimistic locking).',
  })
  @Roles(...COMPANY_STAFF)
  async updateCompany(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateCompanyInput,
  ): Promise<CompanyModel> {
    return toCompanyModel(await this.writes.update(user, input));
  }

  @ResolveField(() => OfficeModel)
  async owningOffice(
    @Parent() company: CompanyModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<OfficeModel | null> {
    return officeLoader(loaders, this.offices).load(company.owningOfficeId);
  }

  @ResolveField(() => PrefectureModel)
  async prefecture(
    @Parent() company: CompanyModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PrefectureModel | null> {
    return prefectureLoader(loaders, this.prefectures).load(company.prefectureCode);
  }

  @ResolveField(() => JsicMajorGroupModel)
  async jsicMajorGroup(
    @Parent() company: CompanyModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<JsicMajorGroupModel | null> {
    return jsicMajorGroupLoader(loaders, this.jsicMajorGroups).load(company.jsicMajorCode);
  }
}
