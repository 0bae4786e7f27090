import {
  fixedMoveType,
  factorRows,
  matchState,
  meterValue,
  parsePeople,
  scoreText,
} from './match-presentation';
import { minShareFor, toMatchFilters, toMatchSearch, matchSearchSchema } from './match-search';

describe('score and factors for people', () => {
  it('shows whole points, never a raw share', () => {
    expect(scoreText(72)).toBe('72点');
    expect(scoreText(50.49999999999999)).toBe('50点');
    expect(meterValue(104)).toBe(100);
    expect(meterValue(-3)).toBe(0);
  });

  it('lists each scored factor with its points against its maximum, in the API’s order and words', () => {
    const rows = factorRows([
      { factor: 'REQUIRED_SKILLS', label: '必須資格・スキル', points: 20, maxPoints: 20 },
      { factor: 'REGION', label: '勤務地', points: 6, maxPoints: 12 },
      { factor: 'TEXT', label: '職務内容の類似度', points: 0, maxPoints: 12 },
      { factor: 'PEOPLE', label: '人数', points: 0, maxPoints: 0 },
    ]);
    expect(rows.map((row) => [row.label, row.text, row.fill])).toEqual([
      ['必須資格・スキル', '20点／20点', 1],
      ['勤務地', '6点／12点', 0.5],
      ['職務内容の類似度', '0点／12点', 0],
    ]);
  });
});

describe('what can be done with a counterpart', () => {
  const base = { dismissed: false, takenUpDecisionId: null, caseId: null };

  it('is decided by the API’s record of the pair', () => {
    expect(matchState(base)).toEqual({ kind: 'open' });
    expect(matchState({ ...base, dismissed: true })).toEqual({ kind: 'dismissed' });
    expect(matchState({ ...base, takenUpDecisionId: 'd1' })).toEqual({ kind: 'takenUp', decisionId: 'd1' });
    expect(matchState({ ...base, takenUpDecisionId: 'd1', caseId: 'c1' })).toEqual({
      kind: 'case',
      caseId: 'c1',
    });
  });

  it('asks for the move only when the pair can be either', () => {
    expect(fixedMoveType(['TRANSFER'])).toBe('TRANSFER');
    expect(fixedMoveType(['SECONDMENT', 'TRANSFER'])).toBeNull();
  });

  it('reads people typed in either width, and tells a wrong number apart from an empty field', () => {
    expect(parsePeople('')).toBeNull();
    expect(parsePeople(' ３ ')).toBe(3);
    expect(parsePeople('0')).toBeNaN();
    expect(parsePeople('1.5')).toBeNaN();
  });
});

describe('filters in the address', () => {
  it('turns the address into the API’s filters, with the minimum score as a share', () => {
    const search = matchSearchSchema.parse({
      minScore: 60,
      moveType: 'TRANSFER',
      regions: ['関東'],
      prefectures: ['13', '14'],
      occupations: [],
      includeDismissed: true,
    });
    const filters = toMatchFilters(search);
    expect(filters).toMatchObject({
      moveType: 'TRANSFER',
      regions: ['関東'],
      prefectureCodes: ['13', '14'],
      includeDismissed: true,
    });
    expect(filters).not.toHaveProperty('occupationCodes');
    // 「60点以上」 keeps a counterpart whose score the page shows as 60点 (0.595 rounds up).
    expect(filters.minScore).toBeLessThan(0.595);
    expect(filters.minScore).toBeGreaterThan(0.594);
    expect(minShareFor(0)).toBe(0);
  });

  it('drops what does not fit instead of failing the page', () => {
    const search = matchSearchSchema.parse({
      minScore: 'lots',
      moveType: 'BOTH',
      prefectures: ['東京'],
      occupations: ['Z'],
    });
    expect(toMatchSearch(search)).toEqual({});
  });
});
