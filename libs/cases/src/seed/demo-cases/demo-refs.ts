// Who is who in the demo cases: the demo consultants (prisma/seed/demo/users.csv) and the companies of the demo
// office's offers (prisma/seed/demo/companies.csv), by corporate number.
import { FollowUpMethod } from '../../follow-ups/case-follow-up.entity';
import type { DemoStep } from './demo-case-scenario';

/** 鈴木 一郎, 東京事務所: the demo consultant a visitor signs in as. */
export const TOKYO = 'consultant@kakehashi.example';
/** 加藤 健, 愛知事務所. */
export const AICHI = 'consultant.aichi@kakehashi.example';
/** 松井 和子, 大阪事務所. */
export const OSAKA = 'consultant.osaka@kakehashi.example';

export const COMPANY = {
  jonanSeimitsu: '3991301105617', // 株式会社城南精密製作所
  totoPrinting: '6991301105754', // 株式会社東都印刷
  ginzaCrownHotel: '9991301105891', // 銀座クラウンホテル株式会社
  tokyoBayBus: '4991301106028', // 東京ベイ観光バス株式会社
  keihinElectronics: '7991301106165', // 株式会社京浜エレクトロニクス
  nihonbashiDepartmentStore: '2991301106302', // 日本橋百貨店株式会社
  arakawaChemical: '6991301106439', // 株式会社荒川化学工業
  hanedaAirService: '9991301106576', // 株式会社羽田エアサービス
  oedoKotsu: '4991301106713', // 大江戸交通株式会社
  jotoShinkin: '7991301106850', // 城東信用金庫
  kotoLogistics: '2991301106987', // 株式会社江東ロジスティクス
  asakusaFood: '5991301107124', // 株式会社浅草フードサービス
  suzukakeWelfare: '8991301107261', // 社会福祉法人 すずかけ福祉会
  tamaBiotech: '3991301107398', // 株式会社多摩バイオテック
  tokyoInbound: '7991301107535', // 株式会社東京インバウンドサポート
  sagamiharaMechatro: '9991401107672', // 相模原メカトロ株式会社 (神奈川)
  shutokenBuilding: '1991301103151', // 株式会社首都圏ビルメンテナンス
  tokyoSoftwareLab: '4991301102877', // 株式会社東京ソフトウェアラボ
  mikawaAutoParts: '3992301103973', // 株式会社三河オートパーツ (愛知)
  shonanRealEstate: '4991401103288', // 湘南みらい不動産株式会社 (神奈川)
  musashinoBakery: '2991101103425', // 株式会社武蔵野ベーカリー (埼玉)
  naniwaKasei: '2992701100274', // 浪速化成品工業株式会社 (大阪)
} as const;

type FollowUpRecord = Extract<DemoStep, { kind: 'followUp' }>['record'];

const FOLLOW_UP_NOTES: Omit<FollowUpRecord, 'heldOn'>[] = [
  {
    method: FollowUpMethod.VISIT,
    participants: '本人、受入企業の現場責任者、当センター',
    secondeeSituation: '職場に慣れ、担当業務を一人で任されるようになった。体調も良好。',
    receiverSituation: '即戦力として評価されている。',
    issues: '通勤時間が長く、疲れがたまりやすいとの声。',
    actions: '受入企業と勤務開始時刻の調整を相談する。',
  },
  {
    method: FollowUpMethod.PHONE,
    participants: '本人、送出企業の人事担当',
    secondeeSituation: '業務は順調。新しい作業手順も習得した。',
    senderSituation: '復帰後の配置を検討し始めている。',
    issues: null,
    actions: '次回は受入企業を訪問して状況を確認する。',
  },
  {
    method: FollowUpMethod.ONLINE,
    participants: '本人、送出・受入双方の人事担当',
    secondeeSituation: '後輩の指導も任されるようになり、意欲的に取り組んでいる。',
    receiverSituation: '期間終了後も同様の受入れを希望している。',
    issues: '時間外労働がやや増えている。',
    actions: '受入企業に時間外労働の取扱いを再確認してもらう。',
  },
];

/** The n-th follow-up's record (the texts rotate), held on `heldOn`. */
export function followUpRecord(n: number, heldOn: string): FollowUpRecord {
  return { ...FOLLOW_UP_NOTES[n % FOLLOW_UP_NOTES.length], heldOn };
}
