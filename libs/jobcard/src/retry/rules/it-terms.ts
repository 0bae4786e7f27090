// Whether a skill or licence is IT, for the RETRY suggestions: a short keyword list, explainable to a consultant.
// Latin words match whole (so "maintenance" is not "ai"), Japanese words as substrings.

const LATIN_WORDS = new Set([
  'it',
  'ict',
  'ai',
  'iot',
  'dx',
  'rpa',
  'web',
  'sql',
  'python',
  'java',
  'javascript',
  'php',
  'linux',
  'aws',
  'azure',
  'ccna',
  'lpic',
  'oracle',
  'itss',
]);

const JAPANESE_WORDS = [
  'ネットワーク',
  'プログラミング',
  'プログラマ',
  '情報処理',
  '情報技術',
  '情報セキュリティ',
  'サイバーセキュリティ',
  'ビッグデータ',
  'データ分析',
  'データサイエンス',
  'データベース',
  '機械学習',
  '人工知能',
  'クラウド',
  'サーバ',
  'ソフトウェア',
  'システム開発',
  'システムエンジニア',
  'システムアーキテクト',
  'アプリ開発',
  'ウェブ',
];

/** NFKC (ＡＩ typed full-width, ﾈｯﾄﾜｰｸ half-width), Latin lower-cased. */
const normalised = (text: string): string => text.normalize('NFKC').toLowerCase();

/** Whether a skill or licence belongs to the IT field: ＡＩ活用, IoT, ネットワーク構築, 基本情報技術者, ITパスポート. */
export function isItTerm(text: string): boolean {
  const value = normalised(text);
  const latinWords = value.match(/[a-z0-9#+]+/gu) ?? [];
  return (
    latinWords.some((word) => LATIN_WORDS.has(word)) || JAPANESE_WORDS.some((word) => value.includes(word))
  );
}
