// Common ways of writing a licence or qualification that the dictionary's own spellings do not list: grades in
// kanji or digits (第一種, 一種, 1種; 二級, 2級), the grade before or after the name (2級FP技能士, FP技能士2級),
// 運転 and 免許 around a licence (中型自動車運転免許 = 中型自動車免許), and the wording of a requirement or a CV
// (以上, 取得, 保有, 修了, 資格). Keys only (skillMatchKey output): what users see is the entry's name or their text.

const KANJI_DIGITS: Readonly<Record<string, string>> = {
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
};

/** Requirement and CV wording after a name, longest first; removed repeatedly (取得済み, 資格取得者). */
const TRAILING_WORDS = [
  '取得見込み',
  '取得済み',
  '取得者',
  '保有者',
  '所持者',
  '合格者',
  '修了者',
  '修了証',
  '資格者',
  '免許証',
  '以上',
  '取得',
  '保有',
  '所持',
  '合格',
  '修了',
  '資格',
  '免許',
  '必須',
] as const;

/** TOEIC with its decorations (L&R, スコア, 公開テスト) and a score, with or without 点. */
const TOEIC_SCORE = /^toeic(?:lr)?(?:スコア|公開テスト)?(\d{2,3})(?:点)?$/u;

function stripTrailingWords(key: string): string {
  let out = key;
  for (let changed = true; changed;) {
    changed = false;
    for (const word of TRAILING_WORDS) {
      if (out.length > word.length && out.endsWith(word)) {
        out = out.slice(0, -word.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

/**
 * One spelling for the variants of a key: kanji grade numbers as digits and without 第 (第一種 → 1種, 二級 → 2級,
 * 乙種第4類 → 乙種4類), 運転免許 → 免許, a grade after 免許 before it (中型自動車免許1種 → 中型自動車1種), the trailing
 * wording removed, TOEIC scores as toeicN点. Applied alike to the dictionary's spellings and to typed text.
 */
export function canonicalSkillKey(key: string): string {
  let out = key
    .replace(/[一二三四五六](?=級|種|類)/gu, (digit) => KANJI_DIGITS[digit] ?? digit)
    .replace(/第(?=\d+(?:種|類))/gu, '')
    .replace(/運転免許/gu, '免許')
    .replace(/免許(\d種)$/u, '$1');
  out = stripTrailingWords(out);
  const toeic = TOEIC_SCORE.exec(out);
  return toeic ? `toeic${toeic[1]}点` : out;
}

/** The canonical key and, for a grade written at one end, the same with the grade at the other (FP2級 ↔ 2級FP). */
export function variantKeys(key: string): string[] {
  const canonical = canonicalSkillKey(key);
  const variants = [canonical];
  const gradeLast = /^(.+?)(準?\d級)$/u.exec(canonical);
  if (gradeLast) variants.push(gradeLast[2] + gradeLast[1]);
  const gradeFirst = /^(準?\d級)(.+)$/u.exec(canonical);
  if (gradeFirst) variants.push(gradeFirst[2] + gradeFirst[1]);
  return variants;
}

/**
 * Whether a canonical key can stand for one entry: not a bare grade (2種, 1級) and not a generic word left when the
 * wording is removed (自動車運転免許 → 自動車, 運転免許 → 免許), which names no licence in particular.
 */
export function namesOneSkill(canonical: string): boolean {
  return !/^準?\d+[種級類]?$/u.test(canonical) && !GENERIC_REMAINDERS.has(canonical);
}

const GENERIC_REMAINDERS: ReadonlySet<string> = new Set(['自動車', '免許', '運転', '資格', '技能', '講習']);

/** A score on a test scored in points, as a canonical key: {test: 'toeic', score: 850} for toeic850点. */
export function scoreOf(canonical: string): { test: string; score: number } | null {
  const m = /^(.*\D)(\d{2,4})点$/u.exec(canonical);
  if (!m) return null;
  const score = Number(m[2]);
  // A score above the test's maximum is a typo (TOEIC 8000点), not a level reached.
  return score <= (HIGHEST_SCORES[m[1]] ?? Infinity) ? { test: m[1], score } : null;
}

const HIGHEST_SCORES: Readonly<Record<string, number>> = { toeic: 990 };
