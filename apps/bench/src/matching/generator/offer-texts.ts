// Free-text fields of generated offers, in the consultants' register.
import { DEFAULT_SENDING_CAUSES, SENDING_CAUSES } from './national-statistics';
import type { Random } from './random';

export type Reason =
  'EMPLOYMENT_ADJUSTMENT' | 'RESTRUCTURING' | 'COST_REDUCTION' | 'SKILLS_DEVELOPMENT' | 'OTHER';

export function sendingReasonDetail(random: Random, reason: Reason, jsicCode: string): string {
  const cause = random.pick(SENDING_CAUSES[jsicCode] ?? DEFAULT_SENDING_CAUSES);
  switch (reason) {
    case 'EMPLOYMENT_ADJUSTMENT':
      return random.pick([
        `${cause}により業務量が減少しており、雇用を維持するため一定期間の出向先を探している。`,
        `${cause}の影響で休業が続いている。従業員の雇用とモチベーションを維持したい。`,
        `${cause}に伴う雇用調整。需要回復後は復帰させる予定。`,
      ]);
    case 'RESTRUCTURING':
      return random.pick([
        `${cause}を受けた事業の再編に伴い、配置転換が難しい従業員の新たな活躍の場を求めている。`,
        `事業所の統廃合により、地元での就業を希望する従業員の受入先を探している。`,
      ]);
    case 'COST_REDUCTION':
      return `${cause}のため人件費の負担が重く、一時的に他社で就業できる機会を求めている。`;
    case 'SKILLS_DEVELOPMENT':
      return random.pick([
        '異業種での経験を通じて新しい技能を身につけさせたい。出向期間終了後は復帰予定。',
        '若手社員の育成のため、他社の現場で経験を積ませたい。',
      ]);
    case 'OTHER':
      return random.pick([
        '事業所の移転に伴い、通勤が困難となる従業員の就業先を探している。',
        '本人の希望による。定年後も働ける職場を探している。',
      ]);
  }
}

const SENDING_NOTES: readonly string[] = [
  '本人は通勤圏内での就業を希望。',
  '出向期間中の賃金負担は出向元と調整可能。',
  '寮の提供があれば遠方でも可。',
  '経験豊富で即戦力として期待できる。',
  '夜勤・交替勤務にも対応可能。',
  '復帰後に活かせる経験を積ませたい。',
];

const RECEIVING_NOTES: readonly string[] = [
  '未経験でも研修により丁寧に指導します。',
  '経験者優遇。',
  '長期的な受け入れも検討可能。',
  '繁忙期のため早期の受け入れを希望。',
  '移籍の場合は正社員として採用予定。',
  '職場見学可。',
];

export function sendingNote(random: Random): string | null {
  return random.chance(0.3) ? random.pick(SENDING_NOTES) : null;
}

export function receivingNote(random: Random): string | null {
  return random.chance(0.35) ? random.pick(RECEIVING_NOTES) : null;
}

export function duties(random: Random, options: readonly string[]): string {
  const picked = random.sample(options, random.int(1, Math.min(3, options.length)));
  return `${picked.join('、')}など。`;
}

export const WORKING_HOURS: Readonly<Record<string, readonly string[]>> = {
  DAY: ['8:30〜17:30（休憩60分）', '9:00〜18:00（休憩60分）', '8:00〜17:00（休憩60分）'],
  NIGHT: ['22:00〜翌7:00（休憩60分）', '21:00〜翌6:00（休憩60分）'],
  ROTATING: ['2交替制（6:00〜14:30／14:30〜23:00）', '3交替制（実働7時間45分）', '日勤・夜勤の交替制'],
  FLEXIBLE: ['シフト制（実働7〜8時間）', '勤務時間は応相談'],
};
