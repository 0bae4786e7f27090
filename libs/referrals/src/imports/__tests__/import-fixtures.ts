// Upload files for the bulk upload tests: rows by heading, written as UTF-8 CSV (with or without BOM), Shift_JIS CSV
// (as Excel's 「CSV (コンマ区切り)」 saves it) or .xlsx (write-excel-file, as Excel would save typed cells).
import { corporateNumberCheckDigit } from '@kakehashi/text';
import { randomInt } from 'node:crypto';
import writeXlsxFile from 'write-excel-file/node';
import { IMPORT_COLUMNS } from '../file/import-columns';
import { csvCell } from '../file/import-template';
import type { UploadedFile } from '../file/upload-file';
import { ReferralFileFormat } from '../../referral-enums';

export const HEADINGS = IMPORT_COLUMNS.map((c) => c.heading);

export type RowValues = Record<string, string>;

export function corporateNumber(): string {
  const body = Array.from({ length: 12 }, () => randomInt(10)).join('');
  return `${corporateNumberCheckDigit(body)}${body}`;
}

let serial = 0;

/** A valid row (a surplus referral) with a company name unique to this process, by template heading. */
export function validRow(overrides: RowValues = {}): RowValues {
  serial += 1;
  return {
    企業名: `株式会社テスト${serial}号${Math.random().toString(36).slice(2, 8)}`,
    '法人番号(任意)': corporateNumber(),
    '産業分類(大分類)': 'E',
    都道府県: '東京都',
    企業規模: '中小企業',
    '従業員数(任意)': '120',
    '相談内容(過剰/不足/両方)': '人員過剰',
    送出人数: '3',
    受入人数: '',
    職種: '機械組立',
    '希望時期(任意)': '2027-04-01',
    '詳細(任意)': '受注減少のため',
    同意取得日: '2025-04-01',
    同意取得者: '山田 太郎',
    '支店名(任意)': '',
    ...overrides,
  };
}

/** The table as text: headings then each row in the headings' order. */
export function tableOf(rows: RowValues[], headings: string[] = HEADINGS): string[][] {
  return [headings, ...rows.map((row) => headings.map((h) => row[h] ?? ''))];
}

export function csvText(table: string[][]): string {
  return table.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function utf8Csv(table: string[][], options: { bom?: boolean } = {}): Buffer {
  const text = Buffer.from(csvText(table), 'utf8');
  return options.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]) : text;
}

export function shiftJisCsv(table: string[][]): Buffer {
  return encodeShiftJis(csvText(table));
}

export async function xlsxOf(table: (string | number | Date | null)[][]): Promise<Buffer> {
  return writeXlsxFile(
    table.map((cells) => cells.map((value) => (value === '' ? null : value))),
    { dateFormat: 'yyyy/mm/dd' },
  ).toBuffer();
}

export function upload(fileName: string, bytes: Buffer): UploadedFile {
  const format = fileName.endsWith('.xlsx') ? ReferralFileFormat.XLSX : ReferralFileFormat.CSV;
  return { fileName, format, bytes };
}

export function base64File(fileName: string, bytes: Buffer): { fileName: string; contentBase64: string } {
  return { fileName, contentBase64: bytes.toString('base64') };
}

let shiftJisTable: Map<string, number[]> | null = null;

/**
 * Shift_JIS (Windows-31J) bytes of `text`. Node has no Shift_JIS encoder, so the table is built once by decoding
 * every two-byte sequence; the spec checks it against byte sequences written out by hand (企 = 8A E9, あ = 82 A0).
 */
export function encodeShiftJis(text: string): Buffer {
  if (!shiftJisTable) {
    shiftJisTable = new Map();
    const decoder = new TextDecoder('shift_jis', { fatal: true });
    // As the WHATWG encoder (and Excel): the lowest sequence of each character, except the NEC-selected IBM
    // extensions (ED, EE rows), whose characters are written with their IBM codes (髙 = FB FC).
    const leads = [...range(0x81, 0x9f), ...range(0xe0, 0xfc)].filter((b) => b !== 0xed && b !== 0xee);
    const trails = [...range(0x40, 0x7e), ...range(0x80, 0xfc)];
    for (const lead of leads) {
      for (const trail of trails) {
        let char: string;
        try {
          char = decoder.decode(Uint8Array.of(lead, trail));
        } catch {
          continue;
        }
        if ([...char].length === 1 && !shiftJisTable.has(char)) shiftJisTable.set(char, [lead, trail]);
      }
    }
    for (const b of range(0xa1, 0xdf)) shiftJisTable.set(decoder.decode(Uint8Array.of(b)), [b]);
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else {
      const encoded = shiftJisTable.get(char);
      if (!encoded) throw new Error(`「${char}」 has no Shift_JIS encoding`);
      bytes.push(...encoded);
    }
  }
  return Buffer.from(bytes);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
