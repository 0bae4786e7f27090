export { ReferralImportsModule } from './referral-imports.module';
export { ReferralsJobsModule } from '../referrals-jobs.module';
export {
  ReferralImportException,
  ReferralImportExceptionCode,
  type ReferralImportRowError,
} from './referral-import.exception';
export {
  MAX_DATA_ROWS,
  parseReferralImport,
  type ImportContext,
  type ParsedImportRow,
  type ParsedReferralImport,
} from './file/parse-referral-import';
export { decodeUpload, MAX_UPLOAD_BYTES } from './file/upload-file';
export { IMPORT_COLUMNS } from './file/import-columns';
export { ValidateReferralImportService } from './services/validate-referral-import.service';
export { StartReferralImportService } from './services/start-referral-import.service';
export { ReferralImportQueryService } from './services/referral-import-query.service';
export type { ReferralImportRecord } from './services/referral-import.records';
