// Normalisation of Japanese text for search and de-duplication. Companies type the same name in many ways
// (full-width/half-width, hiragana/katakana, with or without 株式会社), so we compare normalised keys instead.

/** Katakana letters plus ー and the iteration marks ヽヾ; excludes the middle dot ・ (U+30FB). */
const KATAKANA_CLASS = '\\u30A1-\\u30FA\\u30FC-\\u30FE';

/** Hyphen and dash lookalikes that survive NFKC (ｰ and － are already folded to ー and "-"). */
const DASH_CLASS = '\\-\\u2010-\\u2015\\u2212\\u2500\\u2501\\uFE63';

const DASH_AFTER_KATAKANA = new RegExp(`([${KATAKANA_CLASS}])([${DASH_CLASS}]+)`, 'g');
const WHITESPACE_AND_PUNCTUATION = new RegExp(`[\\s・、。,.${DASH_CLASS}]`, 'gu');
const KATAKANA_OR_OTHER_RUN = new RegExp(`[${KATAKANA_CLASS}]+|[^${KATAKANA_CLASS}]+`, 'g');

/**
 * Legal-entity designators, longest first so that 医療法人社団 is removed before 医療法人 and
 * 農業協同組合 before 協同組合. Written in their normalised form (NFKC, katakana, lower-case), because they
 * are removed after normalisation: ㈱ and （株） both arrive here as "(株)", ｶﾌﾞｼｷｶﾞｲｼｬ as カブシキガイシャ.
 */
const LEGAL_DESIGNATORS: readonly string[] = [
  '特定非営利活動法人',
  '一般社団法人',
  '一般財団法人',
  '公益社団法人',
  '公益財団法人',
  '社会福祉法人',
  '医療法人社団',
  '医療法人財団',
  '独立行政法人',
  '農業協同組合',
  '医療法人',
  '学校法人',
  '株式会社',
  '有限会社',
  '合同会社',
  '合資会社',
  '合名会社',
  '協同組合',
  'npo法人',
  'カブシキガイシャ',
  'カブシキカイシャ',
  'ユウゲンガイシャ',
  'ゴウドウガイシャ',
  '(株)',
  '(有)',
  '(同)',
  '(社)',
  '(財)',
  '(医)',
  '(学)',
  '(福)',
];

/** Lower-cases Latin letters only; other scripts have no case that matters for Japanese names. */
function lowerLatin(s: string): string {
  return s.replace(/\p{Script=Latin}+/gu, (run) => run.toLowerCase());
}

/**
 * Text a user typed, as it is stored and shown: trimmed only. Never NFKC (① stays ①, ＡＢＣ and ｶﾀｶﾅ stay as typed,
 * line breaks stay); only the keys derived from it for search and de-duplication are normalised
 * (companyNameSearchKey, normalizeText).
 */
export function typedText(raw: string | null | undefined): string {
  return (raw ?? '').trim();
}

/** NFKC, trim, collapse whitespace runs to one space, lower-case Latin letters. For keys and codes, not for storing. */
export function normalizeText(s: string): string {
  return lowerLatin(s.normalize('NFKC').trim().replace(/\s+/g, ' '));
}

/** Hiragana (ぁ..ゖ and ゝゞ) to katakana; the two blocks are exactly 0x60 apart. */
export function toKatakana(s: string): string {
  return s.replace(/[\u3041-\u3096\u309D\u309E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/**
 * The key stored for searching and de-duplicating company names, so that 「（株）山田製作所」,
 * 「山田製作所株式会社」 and 「㈱山田製作所」 all become 「山田製作所」.
 */
export function companyNameSearchKey(name: string): string {
  let key = lowerLatin(toKatakana(name.normalize('NFKC')));
  // A dash right after katakana is almost always a mistyped long vowel (ラ－メン), so keep it as ー.
  key = key.replace(
    DASH_AFTER_KATAKANA,
    (_m, kana: string, dashes: string) => kana + 'ー'.repeat(dashes.length),
  );
  // Spacing and punctuation vary between documents; drop them before the designators so that
  // 「株式会社 山田」 and 「カブシキ ガイシャ」 are caught too.
  key = key.replace(WHITESPACE_AND_PUNCTUATION, '');
  for (const designator of LEGAL_DESIGNATORS) {
    key = key.split(designator).join('');
  }
  return key;
}

/**
 * Splits a query into katakana runs and other runs, after the same normalisation as the stored keys.
 * A company matches when every term is in its name key or its kana key, so 「ヤマダ製作所」 finds 山田製作所
 * (kana key ヤマダセイサクショ) through the terms ["ヤマダ", "製作所"].
 */
export function searchTermsFor(query: string): string[] {
  return companyNameSearchKey(query).match(KATAKANA_OR_OTHER_RUN) ?? [];
}

/** Escapes \, % and _ for a PostgreSQL LIKE pattern that uses the default escape character \. */
export function escapeLikePattern(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}
