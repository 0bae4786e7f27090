// How close two 職業大分類 (日本標準職業分類, A..L) are. The same group is 1; unrelated groups 0; in between, a
// hand-made table of groups whose people carry over skills, each with the reason a consultant would give. L
// (分類不能の職業) and unknown codes say nothing, so they are neutral (0.5).

export const OCCUPATION_CODES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'] as const;

interface Affinity {
  a: string;
  b: string;
  value: number;
  /** Why the two are close, shown after 職種が近い. */
  because: string;
}

/** Symmetric. Values: 0.6 close (much of the work carries over), 0.5 related, 0.4 / 0.3 some overlap. */
export const OCCUPATION_AFFINITIES: readonly Affinity[] = [
  { a: 'A', b: 'B', value: 0.5, because: '管理職の業務知識は専門職の指導・統括に活かせる' },
  { a: 'A', b: 'C', value: 0.6, because: '管理職の経験は管理部門・事務の統括に活かせる' },
  { a: 'A', b: 'D', value: 0.3, because: '管理職の経験は営業・販売の統括に活かせる' },
  { a: 'B', b: 'C', value: 0.4, because: '専門職と事務職は書類作成・管理業務が重なる' },
  { a: 'B', b: 'H', value: 0.4, because: '技術者の知見は生産工程の指導・管理に活かせる' },
  { a: 'C', b: 'D', value: 0.5, because: '事務職と販売職は顧客対応・事務処理が重なる' },
  { a: 'C', b: 'E', value: 0.3, because: '事務職とサービス職は受付・接客対応が重なる' },
  { a: 'D', b: 'E', value: 0.6, because: '販売職とサービス職は接客が共通' },
  { a: 'E', b: 'F', value: 0.3, because: 'サービス職と保安職は施設での対人対応が重なる' },
  { a: 'E', b: 'K', value: 0.3, because: 'サービス職と清掃・運搬は施設での現場作業が重なる' },
  { a: 'F', b: 'K', value: 0.3, because: '保安職と清掃・運搬は施設管理の現場作業が重なる' },
  { a: 'G', b: 'H', value: 0.3, because: '農林漁業と生産工程は現場での作業・品質管理が重なる' },
  { a: 'G', b: 'I', value: 0.3, because: '農業機械の運転経験は機械運転に活かせる' },
  { a: 'G', b: 'K', value: 0.3, because: '農林漁業と運搬・包装は出荷作業が重なる' },
  { a: 'H', b: 'I', value: 0.5, because: '生産設備と機械の操作経験が共通' },
  { a: 'H', b: 'J', value: 0.5, because: '現場作業・機械操作の経験が共通' },
  { a: 'H', b: 'K', value: 0.6, because: '製造現場での運搬・包装作業が共通' },
  { a: 'I', b: 'J', value: 0.5, because: '車両・重機の運転経験が共通' },
  { a: 'I', b: 'K', value: 0.6, because: '輸送と運搬・荷役の作業が共通' },
  { a: 'J', b: 'K', value: 0.4, because: '現場での運搬・清掃作業が重なる' },
];

const COUNT = OCCUPATION_CODES.length;

/** Index of 分類不能の職業, which says nothing about the work. */
export const UNCLASSIFIED_OCCUPATION = 11;

/** 0..11 for A..L; -1 for anything else. */
export function occupationIndex(code: string): number {
  if (code.length !== 1) return -1;
  const i = code.charCodeAt(0) - 0x41;
  return i >= 0 && i <= UNCLASSIFIED_OCCUPATION ? i : -1;
}

const MATRIX: Float64Array = (() => {
  const m = new Float64Array(COUNT * COUNT);
  for (let i = 0; i < COUNT; i++) m[i * COUNT + i] = 1;
  for (const { a, b, value } of OCCUPATION_AFFINITIES) {
    const i = occupationIndex(a);
    const j = occupationIndex(b);
    m[i * COUNT + j] = value;
    m[j * COUNT + i] = value;
  }
  return m;
})();

/** The OCCUPATION factor's value for two indexes from occupationIndex. */
export function occupationValue(a: number, b: number): number {
  if (a < 0 || b < 0 || a === UNCLASSIFIED_OCCUPATION || b === UNCLASSIFIED_OCCUPATION) return 0.5;
  return MATRIX[a * COUNT + b];
}

/** The reason two different groups are close, if the table has one. */
export function occupationAffinityReason(a: string, b: string): string | undefined {
  return OCCUPATION_AFFINITIES.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a))?.because;
}
