import { readFileSync } from 'node:fs';
import * as path from 'node:path';

import { isValidCorporateNumber } from './corporate-number';

// The demo companies' corporate numbers are made up, so this guards that each one still carries a valid check digit
// (the API would otherwise reject them when the seed goes through the same validation as user input).
const COMPANIES_CSV = path.resolve(__dirname, '../../../../prisma/seed/demo/companies.csv');

/** Minimal RFC 4180 reader: skips leading # comment lines, handles quoted fields with "" escapes. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else if (c !== '\r') {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rows] = records.filter((r) => r.some((f) => f !== ''));
  return rows.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}

describe('prisma/seed/demo/companies.csv', () => {
  const companies = readCsv(COMPANIES_CSV);

  it('has 56 companies with every column present', () => {
    expect(companies).toHaveLength(56);
    for (const company of companies) {
      expect(Object.keys(company)).toEqual([
        'legal_name',
        'legal_name_kana',
        'corporate_number',
        'jsic_code',
        'jsic_middle_code',
        'prefecture_code',
        'address',
        'size',
        'employee_count',
        'contact_name',
        'office_code',
        'notes',
      ]);
      expect(company.legal_name).not.toBe('');
      expect(['SME', 'LARGE']).toContain(company.size);
      expect(company.jsic_code).toMatch(/^[A-T]$/);
      expect(company.prefecture_code).toMatch(/^(0[1-9]|[1-3][0-9]|4[0-7])$/);
    }
  });

  it('gives every non-empty corporate number a valid check digit, and no number twice', () => {
    const numbers = companies.map((c) => c.corporate_number).filter((n) => n !== '');
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.length).toBeLessThan(companies.length); // some companies are left without one on purpose
    for (const n of numbers) {
      expect({ n, valid: isValidCorporateNumber(n) }).toEqual({ n, valid: true });
    }
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('spans at least 12 JSIC major groups and 15 prefectures', () => {
    expect(new Set(companies.map((c) => c.jsic_code)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(companies.map((c) => c.prefecture_code)).size).toBeGreaterThanOrEqual(15);
  });

  it('includes 株式会社山田製作所 for the search demo', () => {
    expect(companies).toContainEqual(
      expect.objectContaining({
        legal_name: '株式会社山田製作所',
        legal_name_kana: 'ヤマダセイサクショ',
        jsic_code: 'E',
        prefecture_code: '23',
      }),
    );
  });
});
