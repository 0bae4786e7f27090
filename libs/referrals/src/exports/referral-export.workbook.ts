// The partner's referral list as an .xlsx: the columns of the list on screen (/referrals), in its order, each cell the
// text the screen shows (dates as 2026年12月6日（令和8年）, labels in Japanese), so the file is what the user saw.
import { formatJapaneseDate } from '@kakehashi/calendar';
import writeXlsxFile from 'write-excel-file/node';
import type { ReferralEntity } from '../referrals/referral.entity';
import { REFERRAL_NEED_LABELS, REFERRAL_STATUS_LABELS } from '../referral-enums';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The list's columns, left to right (the web list shows the same headings). */
export const REFERRAL_EXPORT_HEADINGS = [
  '企業名',
  '支店',
  '状態',
  '相談内容',
  '重複の可能性',
  '作成日',
  'センターへの送付日',
] as const;

/** A referral made by the head office itself has no branch. */
export const HEAD_OFFICE_LABEL = '本部';
export const DUPLICATE_LABEL = 'あり';

export interface ExportedReferral {
  referral: ReferralEntity;
  branchName: string | null;
}

/** The calendar day of an instant in Japan. */
function dayInJapan(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(at);
}

export function exportRow({ referral, branchName }: ExportedReferral): string[] {
  return [
    referral.clientName,
    branchName ?? HEAD_OFFICE_LABEL,
    REFERRAL_STATUS_LABELS[referral.status],
    REFERRAL_NEED_LABELS[referral.need],
    referral.possibleDuplicate ? DUPLICATE_LABEL : '',
    formatJapaneseDate(dayInJapan(referral.createdAt)),
    referral.forwardedAt ? formatJapaneseDate(dayInJapan(referral.forwardedAt)) : '',
  ];
}

/** One sheet: the headings bold and frozen, then one row per referral; an empty cell is left empty. */
export function writeReferralWorkbook(rows: ExportedReferral[]): Promise<Buffer> {
  const cells = rows.map(exportRow);
  const widths = REFERRAL_EXPORT_HEADINGS.map((heading, i) =>
    Math.min(60, Math.max(10, ...[heading, ...cells.map((row) => row[i])].map((v) => [...v].length * 2 + 2))),
  );
  return writeXlsxFile(
    [
      {
        sheet: '紹介一覧',
        data: [
          REFERRAL_EXPORT_HEADINGS.map((value) => ({ value, fontWeight: 'bold' as const })),
          ...cells.map((row) => row.map((value) => (value ? { value } : null))),
        ],
        columns: widths.map((width) => ({ width })),
        stickyRowsCount: 1,
      },
    ],
    { fontFamily: 'Meiryo UI', fontSize: 11 },
  ).toBuffer();
}
