import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, type Connection, type RequestLoaders } from '@kakehashi/graphql-core';
import { CompanyModel, OfficeLoaderFactory, OfficeModel, toCompanyModel } from '@kakehashi/organisations';

import { Args, Context, Parent, Query, ResolveField, Resolver, type Complexity } from '@nestjs/graphql';
import { CASE_READERS } from '../cases-roles';

import { toCaseSummaryModel, type CaseSummaryModel } from '../cases/case.model';
import { CaseBoardArgs, CasesArgs, DEFAULT_PER_STAGE } from './case-board.inputs';
import { CaseBoardModel, CaseSummaryConnection } from './case-board.model';
import { CaseBoardChoicesService } from './case-board-choices.service';
import { CaseBoardService } from './case-board.service';
import { CaseCompaniesService } from './case-companies.service';
import { CaseConsultantModel } from './case-consultant.loader';
import { CaseListService } from './case-list.service';

/** A board costs its column size times one card: the columns are the flow's few stages. */
const boardComplexity: Complexity = ({ args, childComplexity }) => {
  const perStage = typeof args['perStage'] === 'number' ? args['perStage'] : DEFAULT_PER_STAGE;
  return 1 + Math.max(perStage, 1) * Math.max(childComplexity, 1);
};

/** The board and the case list: summaries, which every Center staff member who brokers may read. */
@Resolver(() => CaseBoardModel)
export class CaseBoardResolver {
  constructor(
    private readonly boards: CaseBoardService,
    private readonly lists: CaseListService,
    private readonly officeLoaders: OfficeLoaderFactory,
    private readonly choices: CaseBoardChoicesService,
    private readonly caseCompanies: CaseCompaniesService,
  ) {}

  @Query(() => CaseBoardModel, {
    complexity: boardComplexity,
    description:
      '案件ボード: 事務所の案件 (送出側・受入側のいずれか) を段階ごとに、件数と滞留の長い順の案件で。既定は自分の事務所、完了・不成立は含めない / An office’s cases by stage.',
  })
  @Roles(...CASE_READERS)
  async caseBoard(
    @CurrentUser() user: AuthUser,
    @Args() args: CaseBoardArgs,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<CaseBoardModel> {
    const board = await this.boards.board(
      user,
      { officeId: args.officeId, filter: args.filter, sort: args.sort, perStage: args.perStage },
      this.officeLoaders.forRequest(loaders),
    );
    await this.caseCompanies.attach(
      board.columns.flatMap((column) => column.cases),
      loaders,
    );
    return board;
  }

  @Query(() => CaseSummaryConnection, {
    complexity: connectionComplexity,
    description:
      '案件の一覧・絞り込み (全事務所、既定は滞留の長い順、完了・不成立は含めない) / Cases of every office, page by page.',
  })
  @Roles(...CASE_READERS)
  async cases(
    @CurrentUser() user: AuthUser,
    @Args() args: CasesArgs,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Connection<CaseSummaryModel>> {
    const page = await this.lists.list(user, args.filter, args.sort, {
      first: args.first,
      after: args.after,
    });
    const edges = page.edges.map((e) => ({ cursor: e.cursor, node: toCaseSummaryModel(e.node) }));
    await this.caseCompanies.attach(
      edges.map((edge) => edge.node),
      loaders,
    );
    return { ...page, edges };
  }

  @ResolveField(() => OfficeModel, { description: '事務所 / The office.' })
  office(
    @Parent() board: CaseBoardModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<OfficeModel | null> {
    return this.officeLoaders.forRequest(loaders).load(board.officeId);
  }

  @ResolveField(() => [CaseConsultantModel], {
    description:
      '絞り込みの候補: 事務所のこの段階の案件を担当するコンサルタント (送出側・受入側、ほかの条件によらない、氏名順) / The consultants in charge of the office’s cases, before filtering.',
  })
  consultants(@Parent() board: CaseBoardModel): Promise<CaseConsultantModel[]> {
    return this.choices.consultants(board.choiceScope);
  }

  @ResolveField(() => [CompanyModel], {
    description:
      '絞り込みの候補: 事務所のこの段階の案件の企業 (送出企業・受入企業、ほかの条件によらない、名称順) / The companies of the office’s cases, before filtering.',
  })
  async companies(@Parent() board: CaseBoardModel): Promise<CompanyModel[]> {
    return (await this.choices.companiesOf(board.choiceScope)).map(toCompanyModel);
  }
}
