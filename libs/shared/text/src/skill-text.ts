// Keys for skills, licences and qualifications. Consultants type the same licence in many ways (ﾌｫｰｸﾘﾌﾄ, ふぉーくりふと,
// フォークリフト 運転技能); offers store and match on this key so that every spelling is the same skill.
import { toKatakana } from './japanese-text';

/** Katakana letters plus ー and the iteration marks; excludes the middle dot ・. */
const KATAKANA = '\\u30A1-\\u30FA\\u30FC-\\u30FE';
/** Hyphen and dash lookalikes that survive NFKC. */
const DASHES = '\\-\\u2010-\\u2015\\u2212\\u2500\\u2501\\uFE63\\u30FC';
const DASH_AFTER_KATAKANA = new RegExp(`(?<=[${KATAKANA}])[${DASHES}]+`, 'gu');
/**
 * Whitespace and punctuation (・、。()（）/「」 and the like). # and + are kept: they tell C# and C++ from C. ー is a
 * letter (Lm), not punctuation, so it stays.
 */
const SPACE_AND_PUNCTUATION = /[\s\p{P}\p{Sk}|<>=^`~]/gu;
const KEPT = /[#+]/;

/**
 * The key a skill is stored and matched on: NFKC, hiragana → katakana, lower-case Latin, a dash after katakana → ー,
 * whitespace and punctuation removed. 「ﾌｫｰｸﾘﾌﾄ運転技能」「フォークリフト 運転技能」「ふぉーくりふと運転技能」 → フォークリフト運転技能.
 */
export function skillMatchKey(text: string): string {
  const folded = toKatakana(text.normalize('NFKC')).replace(/\p{Script=Latin}+/gu, (run) =>
    run.toLowerCase(),
  );
  return folded
    .replace(DASH_AFTER_KATAKANA, (dashes) => 'ー'.repeat(dashes.length))
    .replace(SPACE_AND_PUNCTUATION, (c) => (KEPT.test(c) ? c : ''));
}

/** A skill as users see it when the dictionary does not know it: NFKC, trimmed, single spaces. */
export function skillLabel(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ');
}
