import { describe, expect, it } from 'vitest';
import type { ReferralStatus } from '../../gql/graphql';
import { referralSteps } from './referral-steps';

const LABELS: Record<ReferralStatus, string> = {
  DRAFT: '下書き',
  SUBMITTED: '提出済み',
  FORWARDED: 'センターへ送付済み',
  ACCEPTED: 'センター受付済み',
  RETURNED: '差戻し',
  ASSIGNED: '担当事務所決定',
  CONVERTED: '対応中',
  CLOSED: '完了',
};
const labelOf = (status: ReferralStatus) => LABELS[status];
const at = '2026-12-06T01:00:00.000Z';

describe('referralSteps', () => {
  it('marks a draft as the first step, with every other step to come', () => {
    const steps = referralSteps({ status: 'DRAFT' }, labelOf);
    expect(steps.map((s) => [s.label, s.state])).toEqual([
      ['下書き', 'current'],
      ['提出済み', 'upcoming'],
      ['センターへ送付済み', 'upcoming'],
      ['センター受付済み', 'upcoming'],
      ['担当事務所決定', 'upcoming'],
      ['対応中', 'upcoming'],
      ['完了', 'upcoming'],
    ]);
  });

  it('shows the Center’s answer as 差戻し while returned, after the steps that happened', () => {
    const steps = referralSteps({ status: 'RETURNED', submittedAt: at, forwardedAt: at }, labelOf);
    expect(steps.slice(0, 5).map((s) => [s.label, s.state])).toEqual([
      ['下書き', 'done'],
      ['提出済み', 'done'],
      ['センターへ送付済み', 'done'],
      ['差戻し', 'current'],
      ['担当事務所決定', 'upcoming'],
    ]);
  });

  it('ends with the outcome, and leaves undone the steps a withdrawn referral skipped', () => {
    const closed = referralSteps(
      { status: 'CLOSED', outcomeLabel: '取下げ', submittedAt: at, closedAt: at },
      labelOf,
    );
    expect(closed.map((s) => s.state)).toEqual([
      'done',
      'done',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
      'current',
    ]);
    expect(closed.at(-1)?.label).toBe('完了（取下げ）');
  });
});
