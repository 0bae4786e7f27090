import { SEED_MODEL_CURRICULUM } from './__fixtures__/seed-model-plan';
import { hours, offJtRow, ojtRow } from './__fixtures__/plan-builders';
import { curriculumTotals, validateCurriculumRows } from './curriculum';

describe('curriculum: 訓練科目名、実施内容、実施時間などが明確に示された訓練カリキュラム (R-TR-8)', () => {
  it('EX-TR-8a: the seed model rows give OJT計 340 h, Off-JT計 85 h (学科 39 + 実技 46), 合計 425 h', () => {
    expect(curriculumTotals(SEED_MODEL_CURRICULUM)).toMatchObject({
      ojtMinutes: hours(340),
      offJtMinutes: hours(85),
      totalMinutes: hours(425),
    });
    const sumOf = (kind: string) =>
      SEED_MODEL_CURRICULUM.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.minutes, 0);
    expect(sumOf('OFF_JT_LECTURE')).toBe(hours(39));
    expect(sumOf('OFF_JT_PRACTICE')).toBe(hours(46));
    expect(validateCurriculumRows(SEED_MODEL_CURRICULUM)).toEqual([]);
  });

  it('EX-TR-8b: an Off-JT row with hours 0 is refused on its minutes and adds nothing to the totals', () => {
    const rows = [ojtRow(hours(340)), offJtRow(0, { name: '安全衛生' })];
    const [finding] = validateCurriculumRows(rows);
    expect(finding).toMatchObject({
      code: 'CURRICULUM_MINUTES_NOT_POSITIVE',
      severity: 'ERROR',
      field: 'curriculum.1.minutes',
      rule: 'R-TR-8',
      seed: 'S001:184',
    });
    expect(finding?.message).toContain('カリキュラム2行目「安全衛生」');
    expect(curriculumTotals(rows).offJtMinutes).toBe(0);
  });

  it('EX-TR-8c: a row whose content is empty (or only spaces) is refused', () => {
    expect(validateCurriculumRows([ojtRow(hours(340), { content: ' 　' })])).toEqual([
      expect.objectContaining({ code: 'CURRICULUM_CONTENT_MISSING', field: 'curriculum.0.content' }),
    ]);
  });

  it('a row needs a name, and whole positive minutes', () => {
    expect(
      validateCurriculumRows([ojtRow(-60, { name: '' }), offJtRow(90.5)]).map((f) => [f.code, f.field]),
    ).toEqual([
      ['CURRICULUM_NAME_MISSING', 'curriculum.0.name'],
      ['CURRICULUM_MINUTES_NOT_POSITIVE', 'curriculum.0.minutes'],
      ['CURRICULUM_MINUTES_NOT_POSITIVE', 'curriculum.1.minutes'],
    ]);
  });
});
