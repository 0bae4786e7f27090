import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import {
  MAX_REPORTED_ERRORS,
  parseReferralImport,
  ROW_NUMBER_CONVENTION,
  type ParsedReferralImport,
} from '../file/parse-referral-import';
import { decodeUpload, type UploadedFile } from '../file/upload-file';
import { ImportContextLoader } from './import-context.loader';
import { uploaderScopeOf } from './import-scope';

export interface ReferralImportFile {
  fileName: string;
  contentBase64: string;
}

export interface CheckedUpload {
  institutionId: string;
  file: UploadedFile;
  parsed: ParsedReferralImport;
  /** One Japanese sentence on the outcome (with the row numbering when there are errors). */
  summary: string;
}

/**
 * The dry run: the whole file checked as the import would check it, every problem at once, nothing written. A file
 * that cannot be read at all (format, size, encoding, headings) is refused with one error instead.
 */
@Injectable()
export class ValidateReferralImportService {
  constructor(private readonly contexts: ImportContextLoader) {}

  async check(user: AuthUser, upload: ReferralImportFile): Promise<CheckedUpload> {
    const { institutionId } = uploaderScopeOf(user);
    const file = decodeUpload(upload.fileName, upload.contentBase64);
    const parsed = await parseReferralImport(file, await this.contexts.load(institutionId));
    return { institutionId, file, parsed, summary: summaryOf(parsed) };
  }
}

export function summaryOf(parsed: ParsedReferralImport): string {
  const rows = parsed.rowCount.toLocaleString('ja-JP');
  if (parsed.errorCount === 0) return `${rows}件の紹介に誤りはありません。登録できます。`;
  const badRows = new Set(parsed.errors.map((e) => e.rowNumber)).size;
  const shown =
    parsed.errorCount > MAX_REPORTED_ERRORS
      ? `(最初の${MAX_REPORTED_ERRORS.toLocaleString('ja-JP')}件を表示)`
      : '';
  return (
    `${rows}件中${parsed.errorCount > MAX_REPORTED_ERRORS ? '' : `${badRows}行に`}` +
    `${parsed.errorCount.toLocaleString('ja-JP')}件の誤りがあります${shown}。${ROW_NUMBER_CONVENTION}。` +
    '誤りをすべて直してから登録してください(1件でも誤りがあると、どの紹介も登録されません)。'
  );
}
