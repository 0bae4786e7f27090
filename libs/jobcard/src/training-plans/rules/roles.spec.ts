import { comparableName, validateRoles } from './roles';
import type { PlanRoles } from './training-plan.types';

const regular = (name: string) => ({ name, regularEmployee: true });
const roles = (
  trainingLead: string,
  trainer: string,
  evaluationLead: string,
  evaluator: string,
): PlanRoles => ({
  trainingLead: regular(trainingLead),
  trainer: regular(trainer),
  evaluationLead: regular(evaluationLead),
  evaluator: regular(evaluator),
});

describe('roles: 訓練指導責任者・訓練指導担当者・評価責任者・評価担当者 (R-TR-10, R-TR-15)', () => {
  it('EX-TR-15a: lead = evaluation lead and trainer = evaluator are allowed', () => {
    expect(validateRoles(roles('佐藤', '鈴木', '佐藤', '鈴木'), null)).toEqual([]);
  });

  it('EX-TR-15b: lead = trainer is refused, on the trainer, naming the person', () => {
    const [finding] = validateRoles(roles('佐藤', '佐藤', '田中', '鈴木'), null);
    expect(finding).toMatchObject({
      code: 'ROLE_LEAD_IS_TRAINER',
      severity: 'ERROR',
      field: 'roles.trainer',
      rule: 'R-TR-15',
      seed: 'S001:872',
    });
    expect(finding?.message).toContain(
      '「訓練指導責任者」と「訓練指導担当者」は、原則として別の者を選任する必要があります',
    );
    expect(finding?.message).toContain('どちらも佐藤');
  });

  it('EX-TR-15c: evaluation lead = evaluator is refused', () => {
    expect(validateRoles(roles('佐藤', '鈴木', '田中', '田中'), null)).toEqual([
      expect.objectContaining({
        code: 'ROLE_EVALUATION_LEAD_IS_EVALUATOR',
        severity: 'ERROR',
        field: 'roles.evaluator',
      }),
    ]);
  });

  it('EX-TR-15d: a lead on a fixed-term contract (契約社員) is valid with a warning on each role they hold', () => {
    const contract = { name: '佐藤', regularEmployee: false };
    const findings = validateRoles(
      { ...roles('佐藤', '鈴木', '佐藤', '鈴木'), trainingLead: contract, evaluationLead: contract },
      null,
    );
    expect(findings.map((f) => [f.code, f.severity, f.field])).toEqual([
      ['ROLE_HOLDER_NOT_REGULAR_EMPLOYEE', 'WARNING', 'roles.trainingLead'],
      ['ROLE_HOLDER_NOT_REGULAR_EMPLOYEE', 'WARNING', 'roles.evaluationLead'],
    ]);
    expect(findings[0]?.message).toContain(
      '訓練指導責任者（佐藤）は、原則として自社の正社員である必要があります',
    );
  });

  it("the consultant's override reason turns the two pairs into warnings quoting the reason", () => {
    const findings = validateRoles(roles('佐藤', '佐藤', '田中', '田中'), '従業員3名の事業所のため');
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['ROLE_LEAD_IS_TRAINER', 'WARNING'],
      ['ROLE_EVALUATION_LEAD_IS_EVALUATOR', 'WARNING'],
    ]);
    expect(findings[0]?.message).toContain('従業員3名の事業所のため');
    expect(validateRoles(roles('佐藤', '佐藤', '田中', '鈴木'), '  ')[0]?.severity).toBe('ERROR');
  });

  it('compares names after NFKC and without whitespace: full-width, spaced and unspaced are one person', () => {
    expect(comparableName(' 佐藤　太郎 ')).toBe(comparableName('佐藤太郎'));
    expect(comparableName('ＳＡＴＯ Ｔａｒｏ')).toBe(comparableName('SATO Taro'));
    expect(validateRoles(roles('佐藤 太郎', '佐藤　太郎', '田中', '鈴木'), null).map((f) => f.code)).toEqual([
      'ROLE_LEAD_IS_TRAINER',
    ]);
  });

  it('all four must be appointed', () => {
    expect(validateRoles(roles('佐藤', '', '佐藤', ' '), null).map((f) => [f.code, f.field, f.rule])).toEqual(
      [
        ['ROLE_HOLDER_MISSING', 'roles.trainer', 'R-TR-10'],
        ['ROLE_HOLDER_MISSING', 'roles.evaluator', 'R-TR-10'],
      ],
    );
  });
});
