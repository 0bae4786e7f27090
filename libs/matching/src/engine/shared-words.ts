// Words both texts use, for explanations only (the score never depends on them). Intl.Segmenter knows Japanese
// words, which reads better than a list of bigrams; words are compared by a normalised key but shown as the
// counterpart typed them (ＮＣ旋盤, TOEIC), never as the key (nc, toeic).
import { normalizeText, toKatakana } from '@kakehashi/text';
import { STOP_BIGRAMS } from './text-similarity';

/**
 * Words that any job text uses whatever the job, so sharing them says nothing to a consultant: people
 * (スタッフ, 社員), activity (業務, 作業, 担当), qualification in general (経験, 技能, 資格, 免許) and requirement
 * wording (以上, 必須, 歓迎). Keys: katakana, lower-case Latin. The scoring's stop bigrams are stop words too.
 */
export const REASON_STOP_WORDS: ReadonlySet<string> = new Set([
  ...STOP_BIGRAMS,
  // People and roles.
  'スタッフ',
  'メンバー',
  '職員',
  '従業員',
  '人材',
  '担当者',
  // Work in general.
  '全般',
  '実務',
  '関連',
  '未経験',
  '年以上',
  // Qualifications in general (the dictionary's skills are compared on their own, not as words).
  '技能',
  '技術',
  '資格',
  '免許',
  '取得',
  '保有',
  '知識',
  '修了',
  // Requirement wording.
  '必須',
  '歓迎',
  '優遇',
  '尚可',
  // Function words the segmenter keeps as words (hiragana folded to katakana).
  'トシテ',
  'ニヨル',
  'ニツイテ',
  'オヨビ',
  'マタハ',
]);

/**
 * A fragment is a token that means nothing on its own once the segmenter has cut a name apart: fewer than two
 * characters (種, 者, 士), digits or kanji numerals with at most 第 before and a counter after (第三, 一種, 2級, 850,
 * 3年), a grade of a licence (甲種, 乙種, 丙種), or one or two hiragana (particles and okurigana: の, での, を).
 */
const NUMERAL_FRAGMENT =
  /^第?[0-9〇一二三四五六七八九十百千万.,]+(?:種|級|類|号|次|回|年|点|件|名|人|か月|ヶ月|ヵ月)?$/u;
const GRADE_FRAGMENT = /^準?[甲乙丙]種$/u;
const SHORT_HIRAGANA = /^[\u3041-\u309f]{1,2}$/u;

export function isFragment(shown: string): boolean {
  const word = shown.normalize('NFKC');
  return (
    [...word].length < 2 ||
    NUMERAL_FRAGMENT.test(word) ||
    GRADE_FRAGMENT.test(word) ||
    SHORT_HIRAGANA.test(word)
  );
}

const KATAKANA_WORD = /^[\u30A1-\u30FA\u30FC-\u30FE\uFF66-\uFF9F]+$/u;

let graphemes: Intl.Segmenter | undefined;
let words: Intl.Segmenter | undefined;

/**
 * Characters that never join another into one grapheme (no combining marks, joiners, variation selectors, emoji or
 * jamo): in a text of only these that NFKC leaves as it is, every code unit is its own span.
 */
const PLAIN_TEXT =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Latin}\p{Nd}\p{P}\p{Zs}\x20-\x7e\t\n\u30fc]*$/u;

/** NFKC of the text, grapheme by grapheme, with the span of the typed text each code unit came from. */
function normalisedWithSource(text: string): { norm: string; from: number[]; to: number[] } {
  // Most texts are already NFKC: the grapheme walk below is most of an explanation's time, and would change nothing.
  if (PLAIN_TEXT.test(text) && text.normalize('NFKC') === text) {
    const from = Array.from({ length: text.length }, (_, i) => i);
    return { norm: text, from, to: from.map((i) => i + 1) };
  }
  graphemes ??= new Intl.Segmenter('ja', { granularity: 'grapheme' });
  let norm = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const g of graphemes.segment(text)) {
    const n = g.segment.normalize('NFKC');
    norm += n;
    for (let i = 0; i < n.length; i++) {
      from.push(g.index);
      to.push(g.index + g.segment.length);
    }
  }
  return { norm, from, to };
}

/** Latin letters against digits: the segmenter keeps TOEIC800 as one word, a consultant reads TOEIC and 800. */
const LETTERS_OR_DIGITS = /\p{Script=Latin}+|[0-9]+|[^\p{Script=Latin}0-9]+/gu;

/**
 * The word segments of the NFKC text: adjacent katakana pieces joined (the segmenter cuts ピッ｜キング), Latin
 * letters split from digits.
 */
function segmentsOf(norm: string): { start: number; end: number }[] {
  words ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const out: { start: number; end: number; katakana: boolean }[] = [];
  for (const seg of words.segment(norm)) {
    if (!seg.isWordLike) continue;
    for (const piece of seg.segment.matchAll(LETTERS_OR_DIGITS)) {
      const start = seg.index + (piece.index ?? 0);
      const end = start + piece[0].length;
      const katakana = KATAKANA_WORD.test(piece[0]);
      const last = out[out.length - 1];
      if (katakana && last?.katakana && last.end === start) last.end = end;
      else out.push({ start, end, katakana });
    }
  }
  return out;
}

/** Key → the word as typed, first spelling kept, without stop words and fragments. */
function wordsOf(text: string): Map<string, string> {
  const { norm, from, to } = normalisedWithSource(text);
  const found = new Map<string, string>();
  for (const { start, end } of segmentsOf(norm)) {
    const word = norm.slice(start, end);
    const key = toKatakana(normalizeText(word));
    if (isFragment(word) || REASON_STOP_WORDS.has(key) || found.has(key)) continue;
    found.set(key, text.slice(from[start], to[end - 1]));
  }
  return found;
}

/**
 * The words of the texts explained lately. A ranking explains 20 pairs against one offer's text, and the offers people
 * look at come up again; bounded, so that explaining every offer in turn cannot grow the process.
 */
const WORDS_CACHED = 4096;
const recentWords = new Map<string, ReadonlyMap<string, string>>();

function cachedWordsOf(text: string): ReadonlyMap<string, string> {
  let found = recentWords.get(text);
  if (found) {
    // Least recently used first: moved to the end.
    recentWords.delete(text);
  } else {
    found = wordsOf(text);
    if (recentWords.size >= WORDS_CACHED) recentWords.delete(recentWords.keys().next().value as string);
  }
  recentWords.set(text, found);
  return found;
}

/** Words both texts use, in the order and spelling of the second text (the counterpart's), at most `limit`. */
export function sharedWords(a: string, b: string, limit = 6): string[] {
  const left = cachedWordsOf(a);
  const shared: string[] = [];
  for (const [key, shown] of cachedWordsOf(b)) {
    if (left.has(key)) shared.push(shown);
    if (shared.length >= limit) break;
  }
  return shared;
}
