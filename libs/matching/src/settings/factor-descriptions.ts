import type { FactorKey } from '../engine/factor-weights';

/** What each factor compares, as an administrator choosing its weight reads it (the engine's factors.ts computes it). */
export const FACTOR_DESCRIPTIONS: Record<FactorKey, string> = {
  MOVE_TYPE: '出向・移籍の希望と受入れの形態が合うか。合わない組み合わせは重みにかかわらず候補になりません。',
  REQUIRED_SKILLS:
    '受入側が必須とする資格・スキルのうち、送出側が持つものの割合（上位の免許は下位の免許も満たします）。',
  PREFERRED_SKILLS: '受入側が歓迎する資格・スキルのうち、送出側が持つものの割合。',
  OCCUPATION: '職業大分類が同じか、関連する分類か。',
  TEXT: '職種名・仕事内容・スキルの文章の似ている度合い。',
  REGION: '勤務地が同じ都道府県か、同じ地方か。送出側が認めない都道府県は重みにかかわらず候補になりません。',
  PERIOD: '希望する出向期間と受入期間の近さ（出向のみ。移籍だけの組み合わせではほかの要素に振り分けます）。',
  WAGE: '現在の月給と受入側の月給の近さ（出向は賃金を取り決めで分担するため緩やかに比べます）。',
  PEOPLE: '送り出せる人数と受け入れたい人数の釣り合い。',
  START: '送出側の開始可能日と受入側の希望時期の近さ。',
  CONDITIONS: '送出側が求める職場環境・条件（夜勤なしなど）を受入側が満たすか。',
  EXPERIENCE: '経験年数が受入側の求める年数に届くか。',
};
