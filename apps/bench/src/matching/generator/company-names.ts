// Fictitious Japanese company names from parts: 「株式会社東和精機」「北陸運輸株式会社」「社会福祉法人青葉会」.
// Any resemblance to a real organisation is accidental.
import type { Random } from './random';

const CORES: readonly string[] = [
  '東和 大和 三協 日進 北斗 昭和 富士見 旭 中央 第一 共栄 協和 丸一 山本 田中 佐藤 高橋',
  '中村 太平洋 日本海 北陸 東北 関西 九州 瀬戸内 信州 湘南 武蔵野 三河 尾張 播磨 筑紫',
  '栄光 光陽 新星 青葉 若葉 桜花 松竹梅 明和 大成 双葉 朝日 日の出 千代田 丸和 三和 山一',
  '北進 南海 西日本 東日本 白山 浅間 相互 協同 東邦 日研 平和 大栄 豊栄 新光 宝 鶴亀',
  '松風 清流 黒潮 銀河 陽光 緑風 誠和 正和 和光 大翔 飛鳥 奥羽 出羽 常磐 房総 伊勢 紀州',
  '吉備 阿波 土佐 肥後 薩摩 琉球 サンライズ アクティブ グローバル ネクスト フロンティア',
  'ユニオン パシフィック ライフ エコ テクノ ハーモニー スマイル リバティ オーシャン',
]
  .join(' ')
  .split(' ');

/** Trade words by JSIC major group. */
const TRADES: Readonly<Record<string, readonly string[]>> = {
  A: ['農園', 'アグリ', 'ファーム', '林業', 'グリーンファーム'],
  B: ['水産', '漁業', 'マリン', '海産'],
  C: ['砕石', '鉱産', '砂利', '石灰工業'],
  D: ['建設', '工務店', '土木', '建工', '設備工業', '電設', '組'],
  E: [
    '精機',
    '製作所',
    '工業',
    '電子',
    '化成',
    '食品',
    '製菓',
    '金属',
    '鋳造',
    '樹脂',
    '機工',
    '印刷',
    '製作所',
  ],
  F: ['電力サービス', 'ガス', 'エネルギー', '水道サービス'],
  G: ['システム', 'ソフト', '情報サービス', 'ネットワークス', 'データ'],
  H: ['運輸', '物流', '交通', '急便', '海運', '航空サービス', 'バス', 'タクシー', 'ロジスティクス'],
  I: ['商事', '商店', '産業', '販売', 'ストア', '物産', 'スーパー'],
  J: ['ファイナンス', '信用保証', '保険サービス'],
  K: ['不動産', 'リース', 'レンタル', '地所'],
  L: ['設計', 'コンサルタント', '技研', '研究所'],
  M: ['ホテル', '旅館', 'フーズ', '観光ホテル', 'ダイニング'],
  N: ['観光', 'レジャー', 'クリーニング', '美容', 'ブライダル', 'トラベル'],
  O: ['学院', '教育センター', 'ゼミナール'],
  P: ['メディカル', 'ケアサービス', '介護センター'],
  Q: ['農業協同組合'],
  R: ['ビルサービス', '警備保障', '人材サービス', 'メンテナンス', '環境サービス'],
  S: ['公共サービス', '地域振興'],
  T: ['企画', 'ホールディングス'],
};

export function companyName(random: Random, jsicCode: string): string {
  const core = random.pick(CORES);
  const trade = random.pick(TRADES[jsicCode] ?? TRADES['T']);
  switch (jsicCode) {
    case 'P':
      if (random.chance(0.4)) return `${random.pick(['社会福祉法人', '医療法人'])}${core}会`;
      break;
    case 'Q':
      return `${core}${trade}`;
    case 'S':
      return `一般財団法人${core}${trade}`;
    case 'O':
      if (random.chance(0.3)) return `学校法人${core}${trade}`;
      break;
  }
  const form = random.float();
  if (form < 0.6) return `株式会社${core}${trade}`;
  if (form < 0.85) return `${core}${trade}株式会社`;
  if (form < 0.95) return `有限会社${core}${trade}`;
  return `合同会社${core}${trade}`;
}
