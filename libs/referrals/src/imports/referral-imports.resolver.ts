import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, PageArgs, type Connection } from '@kakehashi/graphql-core';

import { JobQueue, QueueName } from '@kakehashi/jobs';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ReferralFileFormat, ReferralImportStatus } from '../referral-enums';
import { REFERRAL_IMPORT_READERS, REFERRAL_IMPORT_UPLOADERS } from '../referrals-roles';
import { ReferralImportFileInput } from './dtos/referral-import.inputs';
import { importTemplate } from './file/import-template';
import {
  ReferralImportConnection,
  ReferralImportModel,
  ReferralImportReportModel,
  ReferralImportTemplateModel,
  toReferralImportModel,
  toReportModel,
  toTemplateModel,
} from './referral-import.models';

import { uploaderScopeOf } from './services/import-scope';
import { ReferralImportQueryService } from './services/referral-import-query.service';
import { StartReferralImportService } from './services/start-referral-import.service';
import { ValidateReferralImportService } from './services/validate-referral-import.service';

/**
 * Bulk submission of referrals by a partner head office: the template, the dry run, the all-or-nothing import and
 * its status. Which imports a caller sees is decided by row-level security (see ReferralImportQueryService).
 */
@Resolver(() => ReferralImportModel)
export class ReferralImportsResolver {
  constructor(
    private readonly validation: ValidateReferralImportService,
    private readonly starts: StartReferralImportService,
    private readonly queries: ReferralImportQueryService,
    private readonly jobs: JobQueue,
  ) {}

  @Query(() => ReferralImportTemplateModel, {
    description:
      '一括登録のテンプレート (CSVはBOM付きUTF-8、Excelは記入方法のシート付き) / The bulk upload template.',
  })
  @Roles(...REFERRAL_IMPORT_UPLOADERS)
  async referralImportTemplate(
    @CurrentUser() user: AuthUser,
    @Args('format', { type: () => ReferralFileFormat }) format: ReferralFileFormat,
  ): Promise<ReferralImportTemplateModel> {
    uploaderScopeOf(user);
    return toTemplateModel(await importTemplate(format));
  }

  @Mutation(() => ReferralImportReportModel, {
    description:
      '一括登録ファイルの確認 (何も登録しません): 誤りのある行をすべて行番号・列・理由付きで返します / Dry run: ' +
      'checks every row, writes nothing. A mutation because it carries an upload, not because it changes anything.',
  })
  @Roles(...REFERRAL_IMPORT_UPLOADERS)
  async validateReferralImport(
    @CurrentUser() user: AuthUser,
    @Args('file') file: ReferralImportFileInput,
  ): Promise<ReferralImportReportModel> {
    const checked = await this.validation.check(user, file);
    return toReportModel(checked.parsed, checked.summary);
  }

  @Mutation(() => ReferralImportModel, {
    description:
      '紹介の一括登録 (全件登録か、1件も登録しないか)。同じファイルの再登録は何も作成せず、最初の登録を返します / ' +
      'All-or-nothing import; the same file again creates nothing and returns the first import.',
  })
  @Roles(...REFERRAL_IMPORT_UPLOADERS)
  async importReferrals(
    @CurrentUser() user: AuthUser,
    @Args('file') file: ReferralImportFileInput,
  ): Promise<ReferralImportModel> {
    const started = await this.starts.start(user, file);
    return toReferralImportModel(started.record, started.alreadyImported);
  }

  @Query(() => ReferralImportModel, { description: '一括登録1件 / One bulk upload.' })
  @Roles(...REFERRAL_IMPORT_READERS)
  async referralImport(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReferralImportModel> {
    return toReferralImportModel(await this.queries.byId(user, id));
  }

  @Query(() => ReferralImportConnection, {
    complexity: connectionComplexity,
    description: '一括登録の一覧 (新しい順) / Bulk uploads, newest first.',
  })
  @Roles(...REFERRAL_IMPORT_READERS)
  async referralImports(
    @CurrentUser() user: AuthUser,
    @Args() page: PageArgs,
  ): Promise<Connection<ReferralImportModel>> {
    const connection = await this.queries.list(user, page);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toReferralImportModel(e.node) })),
    };
  }

  @ResolveField(() => Int, {
    description:
      '登録の進み具合 (0〜100、完了は100。実行中は登録ジョブの報告) / Progress 0..100, as the import job reports it.',
  })
  async progress(@Parent() record: ReferralImportModel): Promise<number> {
    if (record.status === ReferralImportStatus.COMPLETED) return 100;
    if (record.status === ReferralImportStatus.FAILED) return 0;
    for (const jobId of record.jobIds) {
      const job = await this.jobs.getJob(QueueName.REFERRALS, jobId);
      if (job) return Math.max(0, Math.min(100, Math.round(job.progress)));
    }
    // A job not yet picked up (or already gone from the queue) has reported nothing.
    return 0;
  }
}
