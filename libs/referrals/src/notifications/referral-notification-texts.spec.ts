import { ReferralAction, ReferralOutcome, ReferralStatus } from '../referral-enums';
import { possibleDuplicateForPartnerText, statusChangeText } from './referral-notification-texts';

const base = {
  clientName: '株式会社山田製作所',
  reason: null,
  outcome: null,
  outcomeOn: null,
  assignedOfficeName: null,
};

describe('referral notification texts', () => {
  it('tells the partner why its referral was returned', () => {
    const text = statusChangeText({
      ...base,
      action: ReferralAction.RETURNED,
      toStatus: ReferralStatus.RETURNED,
      reason: '従業員数をご確認ください',
    });
    expect(text.title).toBe('紹介「株式会社山田製作所」: 差戻し');
    expect(text.body).toContain('理由: 従業員数をご確認ください');
  });

  it('reports the outcome with its Japanese date', () => {
    const text = statusChangeText({
      ...base,
      action: ReferralAction.OUTCOME_REPORTED,
      toStatus: ReferralStatus.CLOSED,
      outcome: ReferralOutcome.ESTABLISHED,
      outcomeOn: '2026-11-20',
    });
    expect(text.body).toBe('株式会社山田製作所 の紹介の結果が報告されました: 成立(2026年11月20日)');
  });

  it('keeps titles within 200 characters for the longest client names', () => {
    const text = statusChangeText({
      ...base,
      clientName: 'あ'.repeat(200),
      action: ReferralAction.ACCEPTED,
      toStatus: ReferralStatus.ACCEPTED,
    });
    expect([...text.title].length).toBeLessThanOrEqual(200);
    expect([...possibleDuplicateForPartnerText({ clientName: 'あ'.repeat(200) }).title].length).toBeLessThan(
      200,
    );
  });
});
