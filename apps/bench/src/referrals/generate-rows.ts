// Deterministic upload files for the benchmark: N valid referral rows (distinct companies, a mix of needs, Japanese
// values as partners type them, some rows naming a branch), written as UTF-8 CSV with a BOM (the template's form),
// Shift_JIS CSV (Excel's 「CSV (コンマ区切り)」) and .xlsx. Each format gets its own companies, so that the imports do
// not flag each other as duplicates.
import { IMPORT_COLUMNS } from '@kakehashi/referrals';
import { companyNameSearchKey, corporateNumberCheckDigit } from '@kakehashi/text';
import writeXlsxFile from 'write-excel-file/node';
import { companyName } from '../matching/generator/company-names';
import { Random } from '../matching/generator/random';
import { encodeShiftJis } from './shift-jis';

const PREFECTURES = [
  '北海道',
  '宮城県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '長野県',
  '静岡県',
  '愛知県',
  '京都府',
  '大阪府',
  '兵庫県',
  '広島県',
  '福岡県',
  '熊本県',
  '沖縄県',
];
const JSIC = 'ABCDEFGHIJKLMNOPQRST'.split('');
const JSIC_NAMES: Record<string, string> = {
  D: '建設業',
  E: '製造業',
  H: '運輸業，郵便業',
  I: '卸売業，小売業',
};
const OCCUPATIONS = [
  '機械組立',
  '溶接',
  '検査・品質管理',
  '営業',
  '経理事務',
  '大型ドライバー',
  '倉庫作業',
  '介護職',
  '調理',
  'システムエンジニア',
  '施工管理',
  '販売',
  'フォークリフト運転',
  '設計(CAD)',
  '清掃',
];
const DETAILS = [
  '受注減少のため、1年程度の在籍型出向を希望。',
  '繁忙期(10月～3月)の人手不足が続いている。経験者を希望。',
  '新工場の立ち上げに伴い、技能のある方の受入を検討。',
  '雇用を維持したまま、他社での就業機会を確保したい。\n詳細は担当者まで。',
  '',
];
const CONSENT_BY = ['山田 太郎', '佐藤 花子', '鈴木 一郎', '高橋 美咲', '田中 健'];

export const HEADINGS = IMPORT_COLUMNS.map((c) => c.heading);

export interface GeneratedFiles {
  rows: number;
  utf8Csv: Buffer;
  shiftJisCsv: Buffer;
  xlsx: Buffer;
}

/** `rows` rows per format; `branches` are names of the uploader's branches (about a third of rows name one). */
export async function generateUploadFiles(options: {
  rows: number;
  seed: number;
  branches: readonly string[];
}): Promise<GeneratedFiles> {
  const used = new Set<string>();
  const tables = ['utf8', 'sjis', 'xlsx'].map((stream) =>
    generateTable(
      new Random(options.seed, `referral-upload:${stream}`),
      options.rows,
      options.branches,
      used,
    ),
  );
  return {
    rows: options.rows,
    utf8Csv: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(tables[0]), 'utf8')]),
    shiftJisCsv: encodeShiftJis(csvText(tables[1])),
    xlsx: await writeXlsxFile(tables[2].map((cells) => cells.map((v) => (v === '' ? null : v)))).toBuffer(),
  };
}

/** Rows of distinct companies (`used`: corporate numbers and name keys across every table). */
export function generateTable(
  random: Random,
  count: number,
  branches: readonly string[],
  used: Set<string>,
): string[][] {
  const table: string[][] = [HEADINGS];
  for (let i = 0; i < count; i++) {
    const jsic = random.pick(JSIC);
    const prefecture = random.pick(PREFECTURES);
    let name = companyName(random, jsic);
    while (used.has(`${companyNameSearchKey(name)}|${prefecture}`))
      name = `${companyName(random, jsic)}${random.int(2, 99)}`;
    used.add(`${companyNameSearchKey(name)}|${prefecture}`);
    let number = '';
    if (random.chance(0.9)) {
      do {
        const body = Array.from({ length: 12 }, () => random.int(0, 9)).join('');
        number = `${corporateNumberCheckDigit(body)}${body}`;
      } while (used.has(number));
      used.add(number);
    }
    const need = random.weighted([
      ['人員過剰', 45],
      ['人員不足', 45],
      ['両方', 10],
    ] as const);
    const month = String(random.int(1, 12)).padStart(2, '0');
    const values: Record<string, string> = {
      企業名: name,
      '法人番号(任意)': number,
      '産業分類(大分類)': JSIC_NAMES[jsic] && random.chance(0.5) ? JSIC_NAMES[jsic] : jsic,
      都道府県: prefecture,
      企業規模: random.chance(0.85) ? '中小企業' : '大企業',
      '従業員数(任意)': random.chance(0.8) ? String(random.int(5, 3000)) : '',
      '相談内容(過剰/不足/両方)': need,
      送出人数: need === '人員不足' ? '' : String(random.int(1, 30)),
      受入人数: need === '人員過剰' ? '' : String(random.int(1, 30)),
      職種: random.pick(OCCUPATIONS),
      '希望時期(任意)': random.chance(0.7) ? `2027/${Number(month)}/1` : '',
      '詳細(任意)': random.pick(DETAILS),
      同意取得日: `2025-${month}-${String(random.int(1, 28)).padStart(2, '0')}`,
      同意取得者: random.pick(CONSENT_BY),
      '支店名(任意)': branches.length && random.chance(0.35) ? random.pick(branches) : '',
    };
    table.push(HEADINGS.map((h) => values[h]));
  }
  return table;
}

function csvText(table: string[][]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return table.map((cells) => cells.map(cell).join(',')).join('\r\n') + '\r\n';
}
