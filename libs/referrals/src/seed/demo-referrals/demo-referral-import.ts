// M銀行's head office's bulk upload that was refused for its bad rows: a CSV of six referrals, three of them with
// mistakes (a corporate number whose check digit is wrong, a prefecture code that does not exist, people given for
// the wrong side of the need, a branch the bank does not have). It is stored as an upload and run by the import job
// itself (RunReferralImportService), which checks the file again, writes nothing and stores the import FAILED with
// its Japanese reason naming the rows, and tells the uploader, exactly as a real upload's job does.
import { inDatabaseScope } from '@kakehashi/database';
import { NotifyUsersService } from '@kakehashi/notifications';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ReferralDuplicateService } from '../../duplicates/referral-duplicate.service';
import { ReferralFileFormat } from '../../referral-enums';
import { IMPORT_COLUMNS } from '../../imports/file/import-columns';
import { csvCell } from '../../imports/file/import-template';
import { ImportContextLoader } from '../../imports/services/import-context.loader';
import { findImportOfFile } from '../../imports/imports.queries';
import { RunReferralImportService } from '../../imports/services/run-referral-import.service';
import { M_HQ, REFERRED } from './demo-referral-refs';

export const DEMO_IMPORT_FILE_NAME = '紹介一括登録_城南エリア.csv';

const M_BANK = '00000000-0000-4000-8000-000000000001';

/** The rows by the template's headings; absolute consent days (a file's content does not move with the clock). */
const ROWS: Record<string, string>[] = [
  row('株式会社蒲田オートメーション', '', '東京都', '人員過剰', '2', '', '新宿支店'),
  // 株式会社大田精工's corporate number with its check digit mistyped.
  row('株式会社大田精工', `6${REFERRED.otaSeiko.slice(1)}`, '東京都', '人員過剰', '4', '', '新宿支店'),
  row('株式会社六郷テクノ', '', '48', '人員不足', '', '2', ''),
  row('有限会社大鳥居製作所', '', '東京都', '人員過剰', '', '3', '渋谷支店'),
  row('株式会社平和島物流', '', '東京都', '人員不足', '', '3', '新宿支店'),
  row('株式会社京急蒲田フーズ', '', '東京都', '両方', '1', '2', ''),
];

function row(
  name: string,
  corporateNumber: string,
  prefecture: string,
  need: string,
  surplus: string,
  shortage: string,
  branch: string,
): Record<string, string> {
  return {
    企業名: name,
    '法人番号(任意)': corporateNumber,
    '産業分類(大分類)': 'E',
    都道府県: prefecture,
    企業規模: '中小企業',
    '相談内容(過剰/不足/両方)': need,
    送出人数: surplus,
    受入人数: shortage,
    職種: '製造、検査',
    同意取得日: '2026-11-25',
    同意取得者: '金子 聡',
    '支店名(任意)': branch,
  };
}

/** The upload as Excel saves 「CSV UTF-8 (コンマ区切り)」: with a byte order mark, CRLF line ends. */
export function demoImportFile(): Buffer {
  const headings = IMPORT_COLUMNS.map((c) => c.heading);
  const lines = [headings, ...ROWS.map((r) => headings.map((h) => r[h] ?? ''))].map((cells) =>
    cells.map(csvCell).join(','),
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}

/** Uploads and runs the refused import once (the same file is one import per institution); returns 1 if it did. */
export async function seedDemoReferralImport(dataSource: DataSource): Promise<number> {
  const bytes = demoImportFile();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const scope = { kind: 'partner_hq', institutionId: M_BANK } as const;
  const importId = await inDatabaseScope(dataSource, scope, async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kakehashi.seedDemoReferralImport'))`);
    if (await findImportOfFile(tx, M_BANK, sha256)) return null;
    const [uploader] = await tx.query<{ id: string }[]>(
      `SELECT "id" FROM "users" WHERE "email" = $1 AND "partner_institution_id" = $2`,
      [M_HQ, M_BANK],
    );
    if (!uploader) throw new Error(`demo referral import: no user ${M_HQ} (seed the demo users first)`);
    // StartReferralImportService's QUEUED import with its file, which the job reads.
    const [stored] = await tx.query<{ id: string }[]>(
      `INSERT INTO "referral_imports" ("institution_id", "uploaded_by_user_id", "file_name", "file_format",
         "file_sha256", "status", "row_count", "content", "version")
       VALUES ($1, $2, $3, $4, $5, 'QUEUED', $6, $7, 1)
       RETURNING "id"`,
      [M_BANK, uploader.id, DEMO_IMPORT_FILE_NAME, ReferralFileFormat.CSV, sha256, ROWS.length, bytes],
    );
    return stored.id;
  });
  if (!importId) return 0;
  const job = new RunReferralImportService(
    dataSource,
    new ImportContextLoader(dataSource),
    new NotifyUsersService(dataSource),
    new ReferralDuplicateService(),
  );
  const result = await job.run(
    { importId, institutionId: M_BANK },
    { id: `demo-${importId}`, attempt: 1, maxAttempts: 1, updateProgress: async () => undefined },
  );
  if (result.outcome !== 'FAILED') throw new Error(`demo referral import: ${result.outcome}, not refused`);
  return 1;
}
