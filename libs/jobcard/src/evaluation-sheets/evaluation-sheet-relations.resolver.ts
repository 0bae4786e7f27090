import { CurrentUser, type AuthUser } from '@kakehashi/authz';
import { CaseModel } from '@kakehashi/cases';
import type { RequestLoaders } from '@kakehashi/graphql-core';
import { RegistrantModel } from '@kakehashi/talent-bank';
import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { SheetReadLogger } from '../access/sheet-read.logger';
import { EvaluationSheetSummaryModel } from './evaluation-sheet.model';
import { sheetSummaryView } from './evaluation-sheet.view';
import { skillsDevelopmentCases } from './evaluation-sheets.queries';
import { EvaluationSheetQueryService } from './services/evaluation-sheet-query.service';

type Request = { ip?: string } | undefined;

/** The case's Job Card fields: whether it is a skills-development secondment, and the sheets that go with it. */
@Resolver(() => CaseModel)
export class CaseEvaluationSheetsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: EvaluationSheetQueryService,
    private readonly reads: SheetReadLogger,
  ) {}

  @ResolveField(() => Boolean, {
    description:
      '人材育成型出向 (送出情報の理由が人材育成・技能習得): 評価シートの目標をSTEP5の前に提示 / A skills-development secondment.',
  })
  async skillsDevelopment(
    @Parent() parent: CaseModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<boolean> {
    const loader = loaders.get<string, boolean>('jobcard.caseSkillsDevelopment', async (ids) => {
      const marked = await skillsDevelopmentCases(this.dataSource.manager, ids);
      return ids.map((id) => marked.has(id));
    });
    return loader.load(parent.id);
  }

  @ResolveField(() => [EvaluationSheetSummaryModel], {
    description: 'この案件の評価シート (ジョブ・カード様式4) / The case’s evaluation sheets.',
  })
  async evaluationSheets(
    @Parent() parent: CaseModel,
    @CurrentUser() user: AuthUser,
    @Info() info: GraphQLResolveInfo,
    @Context('req') req: Request,
  ): Promise<EvaluationSheetSummaryModel[]> {
    const sheets = await this.queries.list(user, { caseId: parent.id });
    await this.reads.read(user, info, req, sheets);
    return sheets.map(sheetSummaryView);
  }
}

/** A registrant's issued sheets: the proof of ability on their Job Card record (spec §9.3). */
@Resolver(() => RegistrantModel)
export class RegistrantEvaluationSheetsResolver {
  constructor(
    private readonly queries: EvaluationSheetQueryService,
    private readonly reads: SheetReadLogger,
  ) {}

  @ResolveField(() => [EvaluationSheetSummaryModel], {
    description: '交付済みの評価シート (ジョブ・カード様式4) / Issued evaluation sheets on the record.',
  })
  async evaluationSheets(
    @Parent() parent: RegistrantModel,
    @CurrentUser() user: AuthUser,
    @Info() info: GraphQLResolveInfo,
    @Context('req') req: Request,
  ): Promise<EvaluationSheetSummaryModel[]> {
    const sheets = await this.queries.issuedForRegistrant(user, parent.id);
    await this.reads.read(user, info, req, sheets);
    return sheets.map(sheetSummaryView);
  }
}
