// The Japanese texts of the RETRY suggestions: why a menu fits the person (its target, S000:126–204) and which of the
// person's gaps it would close.
import type { RetryMenuId } from './retry-catalogue';

/** Why the menu fits the person's situation. */
export const RETRY_PROFILE_REASONS: Readonly<Record<RetryMenuId, string>> = {
  WOMEN_INTERNSHIP:
    '出産・育児等でキャリアを中断し、職場復帰を希望する女性の方向け（企業でのインターンシップ2週間～1か月程度を含む）',
  WOMEN_ELEARNING:
    '出産・育児等でキャリアを中断し、職場復帰を希望する女性の方向け（原則としてeラーニングで受講）',
  MIDCAREER_OFFICE: '45歳以上の事務系総合職の方向け（転職によるセカンドキャリアの形成）',
  MIDCAREER_TECHNICAL: '45歳以上の技術系専門職の方向け（転職によるセカンドキャリアの形成）',
  NONREGULAR_TO_REGULAR: '非正規雇用で、正社員への転換または正社員としての転職を希望する方向け',
  IT_UPDATE:
    'ITやネットワークの知識・技能を一定程度お持ちの方向け（AI・IoT・ビッグデータ分野の中堅・高度SE）',
  IT_FOR_MANUFACTURING: 'ものづくり分野の技術者の方向け（高度IT技術を活用した製品の企画・開発）',
  IT_STEPWISE_CERTIFICATION: 'ITが未習または初級の方向け（段階的にIT技術を習得し、より高度なIT資格を取得）',
};

const quoted = (items: readonly string[]): string => items.map((item) => `「${item}」`).join('');

/** Which missing skills and licences the menu would close. */
export function retryGapReason(skills: readonly string[], licences: readonly string[]): string {
  const parts: string[] = [];
  if (skills.length > 0) parts.push(`不足しているスキル${quoted(skills)}を習得できます`);
  if (licences.length > 0) parts.push(`不足している資格${quoted(licences)}の取得を目指せます`);
  return parts.join('。');
}

export const RETRY_NOTE_STATUS_LABELS = { SUGGESTED: '紹介した', TAKEN: '受講した' } as const;

export const RETRY_CAREER_KIND_LABELS = {
  OFFICE: '事務系総合職',
  TECHNICAL: '技術系専門職',
  MANUFACTURING_ENGINEER: 'ものづくり分野の技術者',
  IT: 'IT技術者',
  OTHER: 'その他',
} as const;

export const RETRY_IT_LEVEL_LABELS = {
  NONE: '未習',
  BEGINNER: '初級',
  SOME: '一定程度の知識・技能あり',
} as const;

export const RETRY_API_MESSAGES = {
  what: 'RETRYプログラムの記録',
  onePerson: '案件または登録者のどちらか一方を指定してください。',
  ageInvalid: '年齢は0以上の整数で入力してください。',
} as const;
