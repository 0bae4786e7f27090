import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { SheetReadLogger } from '../access/sheet-read.logger';
import { JOBCARD_REFERENCE_READERS, JOBCARD_WORKERS } from '../jobcard-roles';
import { CreateEvaluationSheetInput, UpdateEvaluationSheetInput } from './dtos/evaluation-sheet.inputs';
import { EvaluationSheetsArgs } from './dtos/evaluation-sheets.args';
import { AdvanceEvaluationInput, RecordEvaluationInput } from './dtos/evaluation.inputs';
import type { EvaluationSheetEntity } from './evaluation-sheet.entity';
import { EvaluationSheetModel, EvaluationSheetSummaryModel } from './evaluation-sheet.model';
import { referenceView } from './evaluation-sheet-reference';
import { EvaluationSheetReferenceModel } from './evaluation-sheet-reference.model';
import { sheetSummaryView, sheetView } from './evaluation-sheet.view';
import { AdvanceEvaluationService } from './services/advance-evaluation.service';
import { CreateEvaluationSheetService } from './services/create-evaluation-sheet.service';
import { EvaluationSheetQueryService } from './services/evaluation-sheet-query.service';
import { RecordEvaluationService } from './services/record-evaluation.service';
import { UpdateEvaluationSheetService } from './services/update-evaluation-sheet.service';

type Request = { ip?: string } | undefined;

/** 評価シート: the reference data, a person's sheets, and the use cases that edit, rate and issue them. */
@Resolver(() => EvaluationSheetModel)
export class EvaluationSheetsResolver {
  constructor(
    private readonly queries: EvaluationSheetQueryService,
    private readonly creating: CreateEvaluationSheetService,
    private readonly updating: UpdateEvaluationSheetService,
    private readonly recording: RecordEvaluationService,
    private readonly advancing: AdvanceEvaluationService,
    private readonly reads: SheetReadLogger,
  ) {}

  @Query(() => EvaluationSheetReferenceModel, {
    description: '評価シートの参照データ (Ⅱ欄、職務の類型、モデル評価シート) / Reference data for sheets.',
  })
  @Roles(...JOBCARD_REFERENCE_READERS)
  evaluationSheetReference(): EvaluationSheetReferenceModel {
    return referenceView();
  }

  @Query(() => EvaluationSheetModel, {
    description: '評価シート (個人データ、閲覧を記録) / One sheet; reads are logged.',
  })
  @Roles(...JOBCARD_WORKERS)
  async evaluationSheet(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
    @Context('req') req: Request,
  ): Promise<EvaluationSheetModel> {
    return this.shown(user, info, req, await this.queries.get(user, id));
  }

  @Query(() => [EvaluationSheetSummaryModel], {
    description:
      '対象者の評価シート (案件・登録者・企業のいずれか1つ) / The sheets of one case, registrant or company.',
  })
  @Roles(...JOBCARD_WORKERS)
  async evaluationSheets(
    @CurrentUser() user: AuthUser,
    @Args() args: EvaluationSheetsArgs,
    @Info() info: GraphQLResolveInfo,
    @Context('req') req: Request,
  ): Promise<EvaluationSheetSummaryModel[]> {
    const sheets = await this.queries.list(user, args);
    await this.reads.read(user, info, req, sheets);
    return sheets.map(sheetSummaryView);
  }

  @Mutation(() => EvaluationSheetModel, {
    description: '評価シートの作成 / Create a sheet from the model sheets.',
  })
  @Roles(...JOBCARD_WORKERS)
  async createEvaluationSheet(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateEvaluationSheetInput,
    @Info() info: GraphQLResolveInfo,
    @Context('req') req: Request,
  ): Promise<EvaluationSheetModel> {
    return this.shown(user, info, req, await this.creating.create(user, input));
  }

  @Mutation(() => EvaluationSheetModel, { description: '評価シートの保存 (版を確認) / Save a sheet.' })
  @Roles(...JOBCARD_WORKERS)
  async updateEvaluationSheet(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateEvaluationSheetInput,
    @Info() info: GraphQLResolveInfo,
    @Context('req') req: Request,
  ): Promise<EvaluationSheetModel> {
    return this.shown(user, info, req, await this.updating.update(user, input));
  }

  @Mutation(() => EvaluationSheetModel, {
    description: '評価の記録 (目標・中間・修了) / Record an evaluation.',
  })
  @Roles(...JOBCARD_WORKERS)
  async recordEvaluation(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordEvaluationInput,
    @Info() info: GraphQLResolveInfo,
    @Context('req') req: Request,
  ): Promise<EvaluationSheetModel> {
    return this.shown(user, info, req, await this.recording.record(user, input));
  }

  @Mutation(() => EvaluationSheetModel, {
    description: '評価の手順を進める (確認・説明・交付) / Move an evaluation to its next step.',
  })
  @Roles(...JOBCARD_WORKERS)
  async advanceEvaluation(
    @CurrentUser() user: AuthUser,
    @Args('input') input: AdvanceEvaluationInput,
    @Info() info: GraphQLResolveInfo,
    @Context('req') req: Request,
  ): Promise<EvaluationSheetModel> {
    return this.shown(user, info, req, await this.advancing.advance(user, input));
  }

  /** The sheet as the API shows it, once its read is logged. */
  private async shown(
    user: AuthUser,
    info: GraphQLResolveInfo,
    req: Request,
    sheet: EvaluationSheetEntity,
  ): Promise<EvaluationSheetModel> {
    await this.reads.read(user, info, req, [sheet]);
    return sheetView(sheet);
  }
}
