import { hasErrors } from '../../shared/rule-finding';
import { pressSheet } from '../__tests__/sheet-fixtures';
import { draftEvaluationSheet } from '../sheet-drafts';
import { sheetCriteria } from './criterion-keys';
import { validateSheet } from './validate-sheet';

describe('validateSheet', () => {
  it('accepts the guide’s press-working model sheet as a whole (II 35, III(1) 17, III(2) 55 criteria)', () => {
    const sheet = pressSheet();
    expect(validateSheet(sheet)).toEqual([]);
    const sections = sheetCriteria(sheet).map((entry) => entry.section);
    expect(sections.filter((s) => s === 'II')).toHaveLength(35);
    expect(sections.filter((s) => s === 'III1')).toHaveLength(17);
    expect(sections.filter((s) => s === 'III2')).toHaveLength(55);
  });

  it('gives stable keys: II by unit code, III by unit and criterion number from 1', () => {
    const keys = sheetCriteria(pressSheet()).map((entry) => entry.key);
    expect(keys[0]).toBe('II.WORK_ATTITUDE.1');
    expect(keys).toContain('II.THINKING.5');
    expect(keys).toContain('III1.3.6');
    expect(keys[keys.length - 1]).toBe('III2.7.9');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a fresh draft still lacks the header, section I and III(2): each named with its field', () => {
    const draft = draftEvaluationSheet(
      {
        duty: 'プレス加工',
        traineeName: '',
        company: '京都プレス工業株式会社',
        evaluationLeadName: '',
        representativeName: '京都 太郎',
        issuedOn: '2025-02-30',
      },
      'SKILLED',
    );
    const findings = validateSheet(draft);
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['SHEET_HEADER_MISSING', 'header.traineeName'],
      ['SHEET_HEADER_MISSING', 'header.evaluationLeadName'],
      ['SHEET_DATE_INVALID', 'header.issuedOn'],
      ['OJT_DUTIES_EMPTY', 'ojtDuties'],
      ['SECTION3_SPECIAL_EMPTY', 'section3Special.units'],
    ]);
    expect(findings[0].message).toContain('訓練参加者氏名');
  });

  it('section I: a period ending before it starts and an empty description are errors; 企業実習 only a warning', () => {
    const sheet = {
      ...pressSheet(),
      ojtDuties: [
        { from: '2025-09-30', to: '2025-04-01', kind: 'COMPANY_PRACTICE' as const, description: ' ' },
      ],
    };
    const findings = validateSheet(sheet);
    expect(findings.map((f) => [f.code, f.severity, f.field])).toEqual([
      ['OJT_PERIOD_INVALID', 'ERROR', 'ojtDuties.0.from'],
      ['OJT_DESCRIPTION_MISSING', 'ERROR', 'ojtDuties.0.description'],
      ['OJT_KIND_NOT_OJT', 'WARNING', 'ojtDuties.0.kind'],
    ]);
    expect(findings[0].message).toContain('2025-09-30～2025-04-01');
    expect(hasErrors(findings)).toBe(true);
  });
});
