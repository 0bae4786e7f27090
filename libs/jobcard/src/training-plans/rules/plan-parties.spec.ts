import { validateDispatchCompanies, validatePostCompletionHandling } from './plan-parties';

describe('the companies of 派遣事業主活用型 (R-TR-2) and the handling after completion (R-TR-11)', () => {
  it('DISPATCH_EMPLOYER needs both the dispatching (派遣元) and the client (派遣先) company', () => {
    const findings = validateDispatchCompanies({
      type: 'DISPATCH_EMPLOYER',
      sendingCompanyName: ' ',
      hostCompanyName: null,
    });
    expect(findings.map((f) => [f.code, f.field, f.rule, f.seed])).toEqual([
      ['DISPATCH_SENDING_COMPANY_MISSING', 'sendingCompanyName', 'R-TR-2', 'S001:47'],
      ['DISPATCH_HOST_COMPANY_MISSING', 'hostCompanyName', 'R-TR-2', 'S001:47'],
    ]);
    expect(findings[0]?.message).toContain('派遣元事業主を入力してください');
    expect(
      validateDispatchCompanies({
        type: 'DISPATCH_EMPLOYER',
        sendingCompanyName: '株式会社かけはしスタッフ',
        hostCompanyName: '株式会社京都プレス',
      }),
    ).toEqual([]);
  });

  it('the other types need neither company', () => {
    expect(
      validateDispatchCompanies({ type: 'BASIC', sendingCompanyName: null, hostCompanyName: null }),
    ).toEqual([]);
    expect(
      validateDispatchCompanies({ type: 'CAREER_UP', sendingCompanyName: null, hostCompanyName: null }),
    ).toEqual([]);
  });

  it('R-TR-11: the handling after completion (renewal of the labour contract etc.) must be defined', () => {
    const [finding] = validatePostCompletionHandling('　');
    expect(finding).toMatchObject({
      code: 'POST_COMPLETION_HANDLING_MISSING',
      severity: 'ERROR',
      field: 'postCompletionHandling',
      rule: 'R-TR-11',
      seed: 'S001:187',
    });
    expect(finding?.message).toContain('労働契約の更新などの取り扱い');
    expect(validatePostCompletionHandling(null)).toHaveLength(1);
    expect(validatePostCompletionHandling('評価に基づき正社員へ転換する')).toEqual([]);
  });
});
