// The upload's columns: Japanese headings (as in the template, plus the few other spellings people use), which
// referral field each fills, and whether the heading must be there. Headings are compared after NFKC (full-width
// brackets and letters are the same), without spaces and without a trailing (任意)/(必須)/※/*.
import type { ReferralContentField } from '../../referrals/rules/referral-content';
import { ReferralImportException, ReferralImportExceptionCode } from '../referral-import.exception';

export type ImportField = ReferralContentField | 'branchName';

export interface ImportColumn {
  field: ImportField;
  /** The template's heading. */
  heading: string;
  /** Other headings accepted for the same column. */
  aliases: readonly string[];
  /** Whether a file without this column is refused (optional columns may be left out entirely). */
  required: boolean;
  /** For the template's instructions sheet. */
  note: string;
  example: string;
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    field: 'clientName',
    heading: '企業名',
    aliases: ['紹介先企業名', '会社名', '企業名称'],
    required: true,
    note: '紹介先企業の正式名称(200文字以内)',
    example: '株式会社架け橋製作所',
  },
  {
    field: 'clientCorporateNumber',
    heading: '法人番号(任意)',
    aliases: ['法人番号'],
    required: false,
    note: '13桁の法人番号(わかる場合。重複の確認に使います)',
    example: '7000012050002',
  },
  {
    field: 'clientJsicMajorCode',
    heading: '産業分類(大分類)',
    aliases: ['産業分類', '業種', '日本標準産業分類(大分類)'],
    required: true,
    note: '日本標準産業分類の大分類: 記号(A〜T)または名称(例: E または 製造業)',
    example: 'E',
  },
  {
    field: 'clientPrefectureCode',
    heading: '都道府県',
    aliases: ['都道府県コード', '所在都道府県', '所在地(都道府県)'],
    required: true,
    note: '企業の所在都道府県: 名称(例: 東京都)またはコード(01〜47)',
    example: '東京都',
  },
  {
    field: 'clientSize',
    heading: '企業規模',
    aliases: ['規模'],
    required: true,
    note: '中小企業 または 大企業(SME / LARGE も可)',
    example: '中小企業',
  },
  {
    field: 'clientEmployeeCount',
    heading: '従業員数(任意)',
    aliases: ['従業員数'],
    required: false,
    note: '従業員数(0以上の整数)',
    example: '120',
  },
  {
    field: 'need',
    heading: '相談内容(過剰/不足/両方)',
    aliases: ['相談内容', '過不足', '人員の過不足'],
    required: true,
    note: '人員過剰(送出)、人員不足(受入)、両方 のいずれか(SURPLUS / SHORTAGE / BOTH も可)',
    example: '人員過剰',
  },
  {
    field: 'surplusPeople',
    heading: '送出人数',
    aliases: ['送出(過剰)人数', '過剰人数'],
    required: true,
    note: '人員過剰・両方のとき: 送り出したい人数(1〜10000)。人員不足のときは空欄',
    example: '3',
  },
  {
    field: 'shortagePeople',
    heading: '受入人数',
    aliases: ['受入(不足)人数', '不足人数'],
    required: true,
    note: '人員不足・両方のとき: 受け入れたい人数(1〜10000)。人員過剰のときは空欄',
    example: '',
  },
  {
    field: 'occupations',
    heading: '職種',
    aliases: ['対象職種'],
    required: true,
    note: '対象となる職種(200文字以内)',
    example: '機械組立、検査',
  },
  {
    field: 'desiredStartOn',
    heading: '希望時期(任意)',
    aliases: ['希望時期', '希望開始日'],
    required: false,
    note: '開始の希望日(例: 2027-04-01 または 2027/4/1)',
    example: '2027-04-01',
  },
  {
    field: 'description',
    heading: '詳細(任意)',
    aliases: ['詳細', '相談内容の詳細', '備考'],
    required: false,
    note: '相談内容の詳細(2000文字以内、改行可)',
    example: '受注減少のため、1年程度の在籍型出向を希望。',
  },
  {
    field: 'consentObtainedOn',
    heading: '同意取得日',
    aliases: ['同意日'],
    required: true,
    note: '企業からセンターへの情報提供の同意を得た日(今日以前)',
    example: '2026-11-01',
  },
  {
    field: 'consentObtainedBy',
    heading: '同意取得者',
    aliases: ['同意取得担当者'],
    required: true,
    note: '同意を取得した担当者名(100文字以内)',
    example: '山田 太郎',
  },
  {
    field: 'branchName',
    heading: '支店名(任意)',
    aliases: ['支店名', '支店', '支店・支部名'],
    required: false,
    note: '紹介元の支店・支部名(登録済みの名称)。本部からの紹介は空欄',
    example: '',
  },
];

/** A heading as compared: NFKC, no spaces, no trailing optional/required mark. */
export function headingKey(heading: string): string {
  return heading
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(\((任意|必須)\)|※|\*)+$/u, '')
    .toLowerCase();
}

const COLUMN_BY_KEY = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((column) =>
    [column.heading, ...column.aliases].map((h) => [headingKey(h), column] as const),
  ),
);

export function columnOfField(field: ImportField): ImportColumn {
  const column = IMPORT_COLUMNS.find((c) => c.field === field);
  if (!column) throw new Error(`no import column fills ${field}`);
  return column;
}

/**
 * The column of each heading position (null: an empty heading, whose cells must then be empty; the rows are checked
 * for that), or one error listing every missing, unknown and repeated heading.
 */
export function resolveColumns(headings: readonly string[]): (ImportColumn | null)[] {
  // Excel often saves a few empty cells after the last heading: those are not columns.
  let width = headings.length;
  while (width > 0 && headings[width - 1].trim() === '') width--;
  if (width === 0) {
    throw ReferralImportException.file(
      ReferralImportExceptionCode.INVALID_HEADINGS,
      '1行目に列見出しがありません。テンプレートの1行目(企業名、法人番号 …)を消さずに、2行目から紹介を入力してください。',
      {
        missing: IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.heading),
        unknown: [],
        duplicated: [],
      },
    );
  }
  const columns: (ImportColumn | null)[] = [];
  const unknown: string[] = [];
  const seen = new Set<ImportColumn>();
  const duplicated: string[] = [];
  for (let i = 0; i < width; i++) {
    const raw = headings[i].trim();
    if (raw === '') {
      columns.push(null);
      continue;
    }
    const column = COLUMN_BY_KEY.get(headingKey(raw)) ?? null;
    if (!column) unknown.push(raw);
    else if (seen.has(column)) duplicated.push(raw);
    else seen.add(column);
    columns.push(column);
  }
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !seen.has(c)).map((c) => c.heading);
  if (missing.length || unknown.length || duplicated.length) {
    const parts = [
      missing.length ? `不足している列: ${missing.join('、')}` : null,
      unknown.length ? `認識できない列: ${unknown.join('、')}` : null,
      duplicated.length ? `重複している列: ${duplicated.join('、')}` : null,
    ].filter(Boolean);
    throw ReferralImportException.file(
      ReferralImportExceptionCode.INVALID_HEADINGS,
      `1行目の列見出しに誤りがあります(${parts.join(' / ')})。テンプレートの見出しをそのまま使ってください。使える見出し: ${IMPORT_COLUMNS.map((c) => c.heading).join('、')}。`,
      {
        missing,
        unknown,
        duplicated,
        expected: IMPORT_COLUMNS.map((c) => c.heading),
      },
    );
  }
  return columns;
}

/** 1 → A, 27 → AA: how Excel names a column. */
export function columnLetter(position: number): string {
  let n = position;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
