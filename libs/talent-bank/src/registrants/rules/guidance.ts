// What the screens say about the talent bank's rules, owned here beside the rules themselves so that the browser keeps
// no copy of them: the eligibility rule as a consultant asks the questions, and what a withdrawal does to the data.
import { ELIGIBILITY_REASON_LABELS, EligibilityReason } from '../../talent-bank-enums';
import { MINIMUM_AGE } from './eligibility';

export const ELIGIBILITY_RULE =
  `キャリア人材バンクに登録できるのは、登録日に${MINIMUM_AGE}歳以上で、次のいずれかに当たる方です。` +
  '定年退職（予定を含む）、継続雇用期間の終了（予定を含む）、または60歳以上で離職し離職日から1年以内。' +
  '年齢は誕生日の前日の終了をもって加算します（59歳364日は59歳です）。';

export const ELIGIBILITY_REASON_EXPLANATIONS: Record<EligibilityReason, string> = {
  MANDATORY_RETIREMENT:
    '定年で退職する方・退職した方です。退職日は任意ですが、入力する場合は登録日の前後1年以内の日付です。',
  END_OF_CONTINUED_EMPLOYMENT:
    '定年後の継続雇用（再雇用・勤務延長）の期間が終わる方・終わった方です。終了日は任意ですが、入力する場合は登録日の前後1年以内の日付です。',
  LEFT_JOB_AT_60_OR_OVER:
    '60歳以上で離職した方です。離職日は必須で、離職日に60歳以上であり、離職日の翌日から1年以内に登録する必要があります。',
};

export function reasonLabel(reason: EligibilityReason): string {
  return ELIGIBILITY_REASON_LABELS[reason];
}

/** What a withdrawal of consent does, in plain words, with the configured retention period. */
export function withdrawalNotice(retentionDays: number): string {
  return (
    '同意を撤回すると、この登録は本日付で終了し、求人とのマッチングや連絡の対象から外れます。' +
    `${retentionDays}日の保存期間が過ぎると、氏名・ふりがな・生年月日・電話番号・メールアドレス・住所・性別・離職日・` +
    '職業経歴・希望条件は消去（匿名化）され、元に戻せません。' +
    '統計のため、登録事務所・居住都道府県・登録時の年齢区分・対象理由・登録日と終了日・同意の記録は残ります。' +
    '撤回は取り消せません。再び支援を受けるには、新たに登録し直します。'
  );
}

/** What an expiry means (no contact for the configured days). */
export function expiryNotice(expiryDays: number): string {
  return (
    `最終連絡日から${expiryDays}日間連絡がないと、登録は期限切れで終了します。` +
    '本人と連絡を取ったら、その連絡を記録すると登録が続きます。'
  );
}
