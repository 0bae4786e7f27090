import { changedValues, conflictDifferences, reapplyChanges } from './record-conflict';

const FIELDS = ['name', 'hasHqStep', 'coveredPrefectureCodes'] as const;
const base = { name: '試験信用金庫', hasHqStep: 'true', coveredPrefectureCodes: '13' };

describe('a stale edit of a record', () => {
  it('lists each field that differs, saying who changed it', () => {
    const yours = { ...base, name: '試験信用金庫（改称）', coveredPrefectureCodes: '13,14' };
    const current = { ...base, hasHqStep: 'false', coveredPrefectureCodes: '11' };
    expect(conflictDifferences(FIELDS, base, yours, current)).toEqual([
      { field: 'name', yours: '試験信用金庫（改称）', current: '試験信用金庫', changedBy: 'you' },
      { field: 'hasHqStep', yours: 'true', current: 'false', changedBy: 'other' },
      { field: 'coveredPrefectureCodes', yours: '13,14', current: '11', changedBy: 'both' },
    ]);
  });

  it('leaves out the fields both sides changed to the same value', () => {
    const same = { ...base, name: '同じ名前' };
    expect(conflictDifferences(FIELDS, base, same, same)).toEqual([]);
  });

  it('lays the user’s own changes over the stored version, keeping the other person’s', () => {
    const yours = { ...base, name: '新しい名前' };
    const current = { ...base, hasHqStep: 'false' };
    expect(reapplyChanges(FIELDS, base, yours, current)).toEqual({
      name: '新しい名前',
      hasHqStep: 'false',
      coveredPrefectureCodes: '13',
    });
  });

  it('sends only what the user changed', () => {
    expect(changedValues(FIELDS, base, { ...base, hasHqStep: 'false' })).toEqual({ hasHqStep: 'false' });
    expect(changedValues(FIELDS, base, base)).toEqual({});
  });
});
