// Similarity of Japanese free text (job titles, duties, skills). Japanese has no spaces between words, so a
// whitespace split finds nothing; instead both texts become sets of character bigrams after the same
// normalisation (NFKC, katakana, no spacing), and the similarity is the cosine of the two sets. Each bigram is two
// UTF-16 code units packed into one uint32, so the sets are exact (no hash collisions) and compare by a merge.
import { normalizeText, toKatakana } from '@kakehashi/text';

const enum CharClass {
  SEPARATOR,
  HAN,
  KATAKANA,
  ALNUM,
}

/**
 * Bigrams too common in job descriptions to say anything (業務, 経験…) and those made of okurigana and particles
 * once hiragana is folded to katakana (している → シテ, テイ, イル). Applied to both sides alike.
 */
export const STOP_BIGRAMS: ReadonlySet<string> = new Set([
  '業務',
  '経験',
  '担当',
  '従事',
  '作業',
  '対応',
  '勤務',
  '希望',
  '可能',
  '必要',
  '以上',
  '募集',
  '仕事',
  '会社',
  '企業',
  '当社',
  '弊社',
  '職場',
  '社員',
  '従業',
  '業員',
  'スル',
  'シテ',
  'テイ',
  'イル',
  'マス',
  'ナド',
  'アル',
  'ナイ',
  'カラ',
  'マデ',
  'ヨリ',
  'コト',
  'モノ',
  'タメ',
  'ナル',
  'レル',
  'ラレ',
  'サレ',
  'セル',
  'デス',
  'ノデ',
  'ッテ',
  'シタ',
  'ヨウ',
  'ソノ',
  'コノ',
  'ケル',
  'ケテ',
  'トシ',
  'ニヨ',
  'ヨル',
  'ニツ',
  'ツイ',
  'イテ',
  'デキ',
  'キル',
  'レテ',
  'セテ',
  'タイ',
]);

const STOP_CODES: ReadonlySet<number> = new Set(
  [...STOP_BIGRAMS].map((b) => pack(b.charCodeAt(0), b.charCodeAt(1))),
);

function pack(a: number, b: number): number {
  return ((a << 16) | b) >>> 0;
}

function classOf(c: number): CharClass {
  if (c >= 0x30 && c <= 0x39) return CharClass.ALNUM;
  if (c >= 0x61 && c <= 0x7a) return CharClass.ALNUM;
  if ((c >= 0x30a1 && c <= 0x30fa) || (c >= 0x30fc && c <= 0x30fe)) return CharClass.KATAKANA;
  if (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3005 && c <= 0x3007) ||
    (c >= 0xd800 && c <= 0xdfff)
  ) {
    return CharClass.HAN;
  }
  // Other letters (Greek, Cyrillic, accented Latin) behave like Latin words; everything else separates.
  if (c >= 0xc0 && c < 0x3000 && /\p{L}/u.test(String.fromCharCode(c))) return CharClass.ALNUM;
  return CharClass.SEPARATOR;
}

/** The text as compared: NFKC, lower-case Latin, hiragana as katakana, whitespace removed. */
export function comparableText(text: string): string {
  return toKatakana(normalizeText(text)).replace(/\s+/g, '');
}

/**
 * The sorted, distinct bigrams of a text. Bigrams stay inside a run of one script (kanji, katakana, Latin/digits):
 * a bigram across 運転 and スル says nothing. A lone kanji counts as itself (士, 課); a lone kana or letter is
 * almost always a particle or a symbol, and is dropped.
 */
export function textGrams(text: string): Uint32Array {
  const s = comparableText(text);
  const out: number[] = [];
  let runStart = 0;
  let runClass = CharClass.SEPARATOR;
  const flush = (end: number): void => {
    const len = end - runStart;
    if (runClass === CharClass.SEPARATOR || len === 0) return;
    if (len === 1) {
      if (runClass === CharClass.HAN) out.push(pack(s.charCodeAt(runStart), 0));
      return;
    }
    for (let i = runStart; i + 1 < end; i++) {
      const g = pack(s.charCodeAt(i), s.charCodeAt(i + 1));
      if (!STOP_CODES.has(g)) out.push(g);
    }
  };
  for (let i = 0; i < s.length; i++) {
    const cls = classOf(s.charCodeAt(i));
    if (cls !== runClass) {
      flush(i);
      runStart = i;
      runClass = cls;
    }
  }
  flush(s.length);
  const grams = Uint32Array.from(out).sort();
  let n = 0;
  for (let i = 0; i < grams.length; i++) {
    if (i === 0 || grams[i] !== grams[i - 1]) grams[n++] = grams[i];
  }
  return n === 0 ? NO_GRAMS : grams.slice(0, n);
}

const NO_GRAMS = new Uint32Array(0);

/**
 * |a ∩ b| of two sorted arrays of distinct bigrams. Kept monomorphic (Uint32Array only): a shared generic
 * version is several times slower once V8 sees two array types.
 */
export function gramIntersection(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  const na = a.length;
  const nb = b.length;
  while (i < na && j < nb) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return n;
}

/** Cosine of two bigram sets, 0..1; 0 when either is empty. */
export function gramCosine(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  return gramIntersection(a, b) / Math.sqrt(a.length * b.length);
}

/** Cosine at or above which two texts count as fully similar: related job texts rarely share more. */
export const TEXT_SATURATION = 0.5;

/** The TEXT factor's value: scaled cosine, or neutral (0.5) when either side wrote nothing comparable. */
export function textValue(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0.5;
  const cos = gramIntersection(a, b) / Math.sqrt(a.length * b.length);
  return cos >= TEXT_SATURATION ? 1 : cos / TEXT_SATURATION;
}
