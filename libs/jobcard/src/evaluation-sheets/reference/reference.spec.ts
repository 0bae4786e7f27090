import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BASIC_ABILITY_UNITS } from './basic-abilities';
import { BASIC_ABILITY_UNIT_CODES } from './model-sheet';
import { PRESS_WORKING_SPECIAL_MODEL } from './press-working-model';
import { SKILLED_BASIC_MODEL } from './skilled-basic-model';

// The reference data must be the seed's text: read the guide as committed and compare sentence by sentence.
const SEED = path.resolve(__dirname, '../../../../../docs/jobcard/seeds/001_8ddb1127d5f8e265.txt');
const seedLines = readFileSync(SEED, 'utf8').split('\n');
/** S001:n as `cat -n` numbers it. */
const line = (n: number): string => seedLines[n - 1];

/** The numbered sentences of a table row's criteria column: "(1) …。 (2) …。" → [[1, '…。'], …]. */
function printedCriteria(n: number): [number, string][] {
  const column =
    line(n)
      .split('\t')
      .filter((cell) => cell.trim() !== '')
      .pop() ?? '';
  // A criterion's own brackets never hold a bare number, so "(n) " only starts a new one.
  return [...column.matchAll(/\((\d+)\) (.+?。)(?=\s*\(\d+\) |\s*$)/gu)].map((m) => [Number(m[1]), m[2]]);
}

/** One criterion per row, with its code in the last column (S001:558–645). */
function printedModelRows(
  from: number,
  to: number,
): { unit: string; n: number; text: string; code: string }[] {
  const rows: { unit: string; n: number; text: string; code: string }[] = [];
  let unit = '';
  for (let n = from; n <= to; n += 1) {
    const columns = line(n).split('\t');
    const filled = columns.filter((column) => column.trim() !== '');
    const code = filled[filled.length - 1];
    if (!/^[A-Z]\d{6}$/u.test(code ?? '')) continue;
    if (columns[0] !== '') unit = columns[0];
    const match = /^\((\d+)\) (.*)$/u.exec(filled[filled.length - 2]);
    if (match) rows.push({ unit, n: Number(match[1]), text: match[2], code });
  }
  return rows;
}

describe('section II reference (S001:543–550, reconstructed as spec §4.2)', () => {
  it('has 7 units of 5 criteria in the seed order, with the spec codes', () => {
    expect(BASIC_ABILITY_UNITS.map((unit) => unit.code)).toEqual([...BASIC_ABILITY_UNIT_CODES]);
    expect(BASIC_ABILITY_UNITS.map((unit) => unit.criteria.length)).toEqual([5, 5, 5, 5, 5, 5, 5]);
  });

  it('holds each of the 36 printed sentences (35 distinct) exactly once, and nothing else', () => {
    const printed = [543, 544, 545, 546, 547, 548, 549, 550].flatMap((n) =>
      printedCriteria(n).map(([, t]) => t),
    );
    expect(printed).toHaveLength(36);
    const ours = BASIC_ABILITY_UNITS.flatMap((unit) => unit.criteria);
    expect(new Set(ours).size).toBe(35);
    expect(new Set(ours)).toEqual(new Set(printed));
  });

  it('prints each unit name with its definition in brackets on rows 543–549', () => {
    BASIC_ABILITY_UNITS.forEach((unit, i) => {
      expect(line(543 + i).replace(/\s/gu, '')).toContain(`${unit.name}(${unit.definition})`);
    });
  });

  it('keeps the rows the PDF did not shift as printed (働く意識と取組…ビジネスマナー, S001:543–545)', () => {
    [543, 544, 545].forEach((n, i) => {
      expect(BASIC_ABILITY_UNITS[i].criteria).toEqual(printedCriteria(n).map(([, t]) => t));
    });
  });
});

describe('III(1) 技能系 model B002101 (S001:558–580)', () => {
  const rows = printedModelRows(558, 580);

  it('has 3 units of 5 + 6 + 6 = 17 criteria, all coded B002101', () => {
    expect(SKILLED_BASIC_MODEL.units.map((unit) => unit.criteria.length)).toEqual([5, 6, 6]);
    expect(rows).toHaveLength(17);
    expect(new Set(rows.map((row) => row.code))).toEqual(new Set([SKILLED_BASIC_MODEL.code]));
  });

  it('is the seed text, unit by unit, in order', () => {
    const ours = SKILLED_BASIC_MODEL.units.flatMap((unit) =>
      unit.criteria.map((text, i) => ({ unit: unit.name, n: i + 1, text, code: 'B002101' })),
    );
    expect(ours).toEqual(rows);
  });
});

describe('III(2) press-working model H340231 (S001:582–645)', () => {
  const rows = printedModelRows(586, 645);

  it('has 7 units of 8 + 6 + 8 + 8 + 8 + 8 + 9 = 55 criteria, all coded H340231', () => {
    expect(PRESS_WORKING_SPECIAL_MODEL.units.map((unit) => unit.criteria.length)).toEqual([
      8, 6, 8, 8, 8, 8, 9,
    ]);
    expect(rows).toHaveLength(55);
    expect(new Set(rows.map((row) => row.code))).toEqual(new Set([PRESS_WORKING_SPECIAL_MODEL.code]));
  });

  it('is the seed text, unit by unit, in order', () => {
    const ours = PRESS_WORKING_SPECIAL_MODEL.units.flatMap((unit) =>
      unit.criteria.map((text, i) => ({ unit: unit.name, n: i + 1, text, code: 'H340231' })),
    );
    expect(ours).toEqual(rows);
  });
});
