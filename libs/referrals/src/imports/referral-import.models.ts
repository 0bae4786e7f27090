import { ConnectionType, registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  REFERRAL_FILE_FORMAT_LABELS,
  REFERRAL_IMPORT_STATUS_LABELS,
  ReferralFileFormat,
  ReferralImportStatus,
} from '../referral-enums';
import type { ParsedReferralImport } from './file/parse-referral-import';
import type { ImportTemplateFile } from './file/import-template';
import { importJobId, type ReferralImportRecord } from './services/referral-import.records';

registerLabelledEnum(ReferralFileFormat, {
  name: 'ReferralFileFormat',
  description: '一括登録ファイルの形式 / Bulk upload file format.',
  labels: REFERRAL_FILE_FORMAT_LABELS,
  descriptions: { CSV: '文字コードはUTF-8またはShift_JIS', XLSX: '最初のシートを読み込みます' },
});

registerLabelledEnum(ReferralImportStatus, {
  name: 'ReferralImportStatus',
  description: '一括登録の状態 / Where a bulk upload stands.',
  labels: REFERRAL_IMPORT_STATUS_LABELS,
  descriptions: { COMPLETED: '全件登録済み', FAILED: '1件も登録されていません' },
});

@ObjectType('ReferralImportTemplate', {
  description: '一括登録テンプレート (Base64) / The bulk upload template, Base64-encoded.',
})
export class ReferralImportTemplateModel {
  @Field()
  fileName: string;

  @Field()
  mimeType: string;

  @Field()
  contentBase64: string;
}

@ObjectType('ReferralImportRowError', {
  description:
    '誤りのある行の1項目。行番号はExcelの行番号 (見出しの行が1行目、最初の紹介が2行目) / One problem of one row; ' +
    'rowNumber as Excel shows it (the heading row is 1).',
})
export class ReferralImportRowErrorModel {
  @Field(() => Int)
  rowNumber: number;

  @Field(() => String, {
    nullable: true,
    description: '列見出し (見出しのない列は「F列」のような列名) / The column heading.',
  })
  column: string | null;

  @Field()
  message: string;
}

@ObjectType('ReferralImportReport', {
  description:
    '一括登録の確認結果 (何も登録しません) / The dry run: every problem of the file, nothing written.',
})
export class ReferralImportReportModel {
  @Field(() => ReferralFileFormat)
  format: ReferralFileFormat;

  @Field(() => String, {
    nullable: true,
    description: 'CSVの文字コード (UTF-8, UTF-8 (BOM), Shift_JIS) / The CSV encoding read; null for .xlsx.',
  })
  encoding: string | null;

  @Field(() => Int, { description: '紹介の行数 (空行を除く) / Data rows, blank rows excluded.' })
  rowCount: number;

  @Field({ description: '誤りがなく、そのまま登録できる / No errors: the file can be imported as it is.' })
  valid: boolean;

  @Field(() => Int, { description: '誤りの総数 / Total number of errors.' })
  errorCount: number;

  @Field(() => [ReferralImportRowErrorModel], {
    description: '誤り (行・列の順、最大1000件) / Errors by row and column, at most 1000.',
  })
  errors: ReferralImportRowErrorModel[];

  @Field({ description: '結果の説明 (行番号の数え方を含む) / The outcome in one Japanese sentence.' })
  summary: string;
}

@ObjectType('ReferralImport', { description: '紹介の一括登録 / A bulk upload of referrals.' })
export class ReferralImportModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  institutionId: string;

  @Field(() => ID)
  uploadedByUserId: string;

  @Field()
  fileName: string;

  @Field(() => ReferralFileFormat)
  format: ReferralFileFormat;

  @Field(() => ReferralImportStatus)
  status: ReferralImportStatus;

  @Field(() => Int, { description: '紹介の行数 / Data rows in the file.' })
  rowCount: number;

  @Field(() => Int, { description: '登録された紹介の数 / Referrals created.' })
  importedCount: number;

  @Field(() => String, { nullable: true, description: '失敗の理由 / Why it failed.' })
  failureMessage: string | null;

  @Field({
    description:
      '同じファイルが既に登録済み (今回は何も作成していません) / The same file was imported before; nothing new was created.',
  })
  alreadyImported: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  /** Not a GraphQL field: the ids the job running this import may have, newest first (see `progress`). */
  jobIds: string[];
}

export const ReferralImportConnection = ConnectionType(ReferralImportModel, 'ReferralImport');

export function toReferralImportModel(
  record: ReferralImportRecord,
  alreadyImported = false,
): ReferralImportModel {
  return {
    id: record.id,
    institutionId: record.institutionId,
    uploadedByUserId: record.uploadedByUserId,
    fileName: record.fileName,
    format: record.fileFormat,
    status: record.status,
    rowCount: record.rowCount,
    importedCount: record.importedCount,
    failureMessage: record.failureMessage,
    alreadyImported,
    createdAt: record.createdAt,
    completedAt: record.completedAt,
    // The job was queued under the version of the day, and each claim of a run raises the version once (a run is
    // tried three times): the id is among the last few versions'.
    jobIds: [0, 1, 2, 3]
      .map((back) => record.version - back)
      .filter((version) => version >= 1)
      .map((version) => importJobId({ id: record.id, version })),
  };
}

export function toReportModel(parsed: ParsedReferralImport, summary: string): ReferralImportReportModel {
  return {
    format: parsed.format,
    encoding: parsed.encoding,
    rowCount: parsed.rowCount,
    valid: parsed.errorCount === 0,
    errorCount: parsed.errorCount,
    errors: parsed.errors,
    summary,
  };
}

export function toTemplateModel(file: ImportTemplateFile): ReferralImportTemplateModel {
  return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: file.content.toString('base64') };
}
