// Who is who in the demo referrals: the demo partner and Center accounts (prisma/seed/demo/users.csv), and the
// companies the converted referrals became (prisma/seed/demo/companies.csv), by corporate number. The other referred
// companies are made up here (valid check digits over a body starting with 99, like the demo companies) and are not
// in the companies list: a partner refers companies the Center does not know yet.

/** 森田 次郎, M銀行 新宿支店. */
export const M_BRANCH = 'partner.branch@kakehashi.example';
/** 金子 聡, M銀行 本部 (head office). */
export const M_HQ = 'partner.hq@kakehashi.example';
/** 大森 健司, K信用金庫 蒲田支店. */
export const K_BRANCH = 'partner2.branch@kakehashi.example';
/** 吉川 真由, K信用金庫 本部. */
export const K_HQ = 'partner2.hq@kakehashi.example';
/** 本田 花子, Center headquarters' coordinator. */
export const CENTER_HQ = 'hq@kakehashi.example';
/** 鈴木 一郎, 東京事務所. */
export const TOKYO_CONSULTANT = 'consultant@kakehashi.example';

export const TOKYO_OFFICE = '13';
export const AICHI_OFFICE = '23';

/** Demo companies (demo/companies.csv) whose offers came from a partner's referral. */
export const CONVERTED_COMPANY = {
  arakawaChemical: '6991301106439', // 株式会社荒川化学工業
  keihinElectronics: '7991301106165', // 株式会社京浜エレクトロニクス
  tokyoBayBus: '4991301106028', // 東京ベイ観光バス株式会社
  hanedaAirService: '9991301106576', // 株式会社羽田エアサービス
} as const;

/** Made-up referred companies, by corporate number. */
export const REFERRED = {
  shinjukuDesign: '2991301200014',
  yotsuyaFood: '3991301200021',
  nishiShinjukuSystems: '3991301200038',
  otaSeiko: '4991301200045',
  ochiaiPrinting: '5991301200052',
  ikegamiBakery: '5991301200069',
  rokugoMedical: '6991301200076',
  kojiyaKogyo: '7991301200083',
  meikoUnyu: '6992301200090',
  kawasakiRinkai: '9991401200106',
  yaguchiLogitech: '2991301200113',
} as const;

/** Fixed ids of the demo referrals: 3xxx are M銀行's, 39xx K信用金庫's. */
export const REFERRAL_ID = {
  mDraft: '00000000-0000-4000-8000-000000003001',
  mSubmitted: '00000000-0000-4000-8000-000000003002',
  mForwarded: '00000000-0000-4000-8000-000000003003',
  mAccepted: '00000000-0000-4000-8000-000000003004',
  mReturned: '00000000-0000-4000-8000-000000003005',
  mAssigned: '00000000-0000-4000-8000-000000003006',
  mConverted: '00000000-0000-4000-8000-000000003007',
  mClosed: '00000000-0000-4000-8000-000000003008',
  kDraft: '00000000-0000-4000-8000-000000003901',
  kSubmitted: '00000000-0000-4000-8000-000000003902',
  kForwarded: '00000000-0000-4000-8000-000000003903',
  kAccepted: '00000000-0000-4000-8000-000000003904',
  kReturned: '00000000-0000-4000-8000-000000003905',
  kAssigned: '00000000-0000-4000-8000-000000003906',
  kConverted: '00000000-0000-4000-8000-000000003907',
  kClosed: '00000000-0000-4000-8000-000000003908',
} as const;
