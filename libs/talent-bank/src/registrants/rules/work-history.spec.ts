import { FieldCollector, workHistory } from './registrant-fields';

const TODAY = '2026-12-01';
const entry = {
  from: '1986-04',
  to: '2024-03',
  company: '試験金型株式会社',
  duties: 'プレス加工',
  position: null,
};

describe("the Job Card work history's employment kind and field (for the Job Card's training eligibility)", () => {
  it('keeps the employment kind and the field when given', () => {
    const errors = new FieldCollector('input');
    const [kept] = workHistory(
      errors,
      'career.workHistory',
      [{ ...entry, employmentKind: 'REGULAR', field: ' 金属プレス加工 ' }],
      TODAY,
    );
    expect(errors.errors).toEqual([]);
    expect(kept).toMatchObject({ employmentKind: 'REGULAR', field: '金属プレス加工' });
  });

  it('leaves them out of an entry that has neither, as entries saved before them are', () => {
    const errors = new FieldCollector('input');
    const [kept] = workHistory(errors, 'career.workHistory', [entry], TODAY);
    expect(errors.errors).toEqual([]);
    expect(kept).toEqual({
      from: '1986-04',
      to: '2024-03',
      company: '試験金型株式会社',
      duties: 'プレス加工',
      position: null,
    });
  });

  it('refuses an employment kind that is not one, and a field over 100 characters, on their paths', () => {
    const errors = new FieldCollector('input');
    workHistory(
      errors,
      'career.workHistory',
      [{ ...entry, employmentKind: 'PERMANENT', field: 'あ'.repeat(101) }],
      TODAY,
    );
    expect(errors.errors.map((e) => e.field)).toEqual([
      'input.career.workHistory.0.employmentKind',
      'input.career.workHistory.0.field',
    ]);
  });
});
