// FICTITIOUS Career Talent Bank registrants of the demo office (東京事務所, consultant@kakehashi.example), one or more
// in every status, for development and demonstrations. Source: written for this project; names, numbers and
// addresses are invented (電話番号 in the 090-0000 range, addresses without a house number, example.jp mail).
// Days are relative to the day the demo data is loaded (negative: in the past).
import type {
  EligibilityReason,
  EmploymentType,
  Gender,
  PhysicalDemand,
  RegistrantStatus,
  WageBand,
  WorkingStyleWanted,
} from '../talent-bank-enums';

/** An enum's values as the literals this file writes. */
type Literal<E extends string> = `${E}`;

export interface DemoRegistrant {
  id: string;
  name: string;
  kana: string;
  /** Age in years on the registration day (the date of birth is that many years, and `birthdayOffset` days, back). */
  age: number;
  birthdayOffset: number;
  phone: string | null;
  email: string | null;
  address: string;
  prefectureCode: string;
  gender: Literal<Gender> | null;
  reason: Literal<EligibilityReason>;
  leftJobIn: number | null;
  registeredIn: number;
  lastContactIn: number;
  status: Literal<RegistrantStatus>;
  closedIn: number | null;
  career: {
    workHistory: {
      from: string;
      to: string | null;
      company: string;
      duties: string;
      position: string | null;
    }[];
    qualifications: string[];
    skills: string[];
    strengths: string;
    evaluationSummary: string;
  };
  wishes: {
    occupationCodes: string[];
    workingStyle: Literal<WorkingStyleWanted>;
    daysPerWeek: number;
    hoursPerDay: number;
    monthlyWage: number;
    acceptablePrefectureCodes: string[];
    earliestStartIn: number;
    maxPhysicalDemand: Literal<PhysicalDemand>;
  };
  reemployment?: {
    in: number;
    employerCorporateNumber: string;
    jobTitle: string;
    occupationCode: string;
    employmentType: Literal<EmploymentType>;
    wageBand: Literal<WageBand>;
  };
}

/** Receiving offers of the demo office opened to people aged 60 and over (company 法人番号, job title). */
export const DEMO_SENIOR_OPENINGS = [
  {
    corporateNumber: '1991301103151',
    jobTitle: '人事・労務スタッフ',
    workingStyle: 'PART_TIME',
    daysPerWeek: 4,
    hoursPerDay: 6,
    physicalDemand: 'LIGHT',
    wageMin: 200000,
    wageMax: 260000,
    notes: '経験者歓迎。週4日・1日6時間からの勤務も相談できます。',
  },
  {
    corporateNumber: '2991301106987',
    jobTitle: '運行管理者候補',
    workingStyle: 'FULL_TIME',
    daysPerWeek: 5,
    hoursPerDay: 8,
    physicalDemand: 'LIGHT',
    wageMin: 260000,
    wageMax: 320000,
    notes: '運行管理者の資格取得を支援します。',
  },
  {
    corporateNumber: '2991301106987',
    jobTitle: '配送ドライバー',
    workingStyle: 'PART_TIME',
    daysPerWeek: 3,
    hoursPerDay: 6,
    physicalDemand: 'MODERATE',
    wageMin: 180000,
    wageMax: 240000,
    notes: '午前のみ・週3日の短時間勤務。',
  },
] as const;

const office = (
  from: string,
  to: string | null,
  company: string,
  duties: string,
  position: string | null,
) => ({
  from,
  to,
  company,
  duties,
  position,
});

export const DEMO_REGISTRANTS: DemoRegistrant[] = [
  {
    id: '7a1b0000-0000-4000-8000-000000000001',
    name: '山本 和夫',
    kana: 'ヤマモト カズオ',
    age: 60,
    birthdayOffset: 45,
    phone: '090-0000-1101',
    email: 'k.yamamoto@example.jp',
    address: '東京都世田谷区',
    prefectureCode: '13',
    gender: 'MALE',
    reason: 'MANDATORY_RETIREMENT',
    leftJobIn: -20,
    registeredIn: -18,
    lastContactIn: -3,
    status: 'ACTIVE',
    closedIn: null,
    career: {
      workHistory: [
        office(
          '2005-04',
          null,
          '東都精機株式会社',
          '人事部で給与計算・社会保険手続き・採用事務を担当。',
          '人事課長',
        ),
        office('1988-04', '2005-03', '東都精機株式会社', '経理部で月次決算と固定資産管理。', null),
      ],
      qualifications: ['社会保険労務士', '日商簿記2級'],
      skills: ['人事労務', 'Excel'],
      strengths: '給与・社会保険の実務を30年以上。後輩の指導が得意です。',
      evaluationSummary: '正確な事務処理と丁寧な説明に定評。短時間勤務を希望。',
    },
    wishes: {
      occupationCodes: ['C'],
      workingStyle: 'PART_TIME',
      daysPerWeek: 4,
      hoursPerDay: 6,
      monthlyWage: 220000,
      acceptablePrefectureCodes: ['13', '14'],
      earliestStartIn: 14,
      maxPhysicalDemand: 'LIGHT',
    },
  },
  {
    id: '7a1b0000-0000-4000-8000-000000000002',
    name: '高橋 進',
    kana: 'タカハシ ススム',
    age: 63,
    birthdayOffset: 120,
    phone: '090-0000-1102',
    email: null,
    address: '東京都江東区',
    prefectureCode: '13',
    gender: 'MALE',
    reason: 'LEFT_JOB_AT_60_OR_OVER',
    leftJobIn: -90,
    registeredIn: -60,
    lastContactIn: -12,
    status: 'ACTIVE',
    closedIn: null,
    career: {
      workHistory: [
        office(
          '2001-06',
          '2026-01',
          '城東ロジスティクス株式会社',
          '2トン車での都内ルート配送と配車の補助。',
          '班長',
        ),
      ],
      qualifications: ['普通自動車第一種運転免許', 'フォークリフト運転技能'],
      skills: ['配送', '倉庫管理'],
      strengths: '無事故無違反20年。都内の道に詳しい。',
      evaluationSummary: '体力に不安なし。午前中心の勤務を希望。',
    },
    wishes: {
      occupationCodes: ['I', 'K'],
      workingStyle: 'EITHER',
      daysPerWeek: 5,
      hoursPerDay: 8,
      monthlyWage: 230000,
      acceptablePrefectureCodes: ['13'],
      earliestStartIn: 0,
      maxPhysicalDemand: 'MODERATE',
    },
  },
  {
    id: '7a1b0000-0000-4000-8000-000000000003',
    name: '佐々木 典子',
    kana: 'ササキ ノリコ',
    age: 64,
    birthdayOffset: 200,
    phone: null,
    email: 'n.sasaki@example.jp',
    address: '神奈川県川崎市',
    prefectureCode: '14',
    gender: 'FEMALE',
    reason: 'END_OF_CONTINUED_EMPLOYMENT',
    leftJobIn: 45,
    registeredIn: -5,
    lastContactIn: -5,
    status: 'ACTIVE',
    closedIn: null,
    career: {
      workHistory: [
        office('1985-04', null, '京浜化学工業株式会社', '品質保証部で受入検査と品質記録の管理。', '主任'),
      ],
      qualifications: ['QC検定'],
      skills: ['品質管理', 'Excel'],
      strengths: '検査記録の整備と改善提案。',
      evaluationSummary: '継続雇用の終了後、近隣での勤務を希望。',
    },
    wishes: {
      occupationCodes: ['H', 'C'],
      workingStyle: 'FULL_TIME',
      daysPerWeek: 5,
      hoursPerDay: 8,
      monthlyWage: 250000,
      acceptablePrefectureCodes: ['13', '14'],
      earliestStartIn: 60,
      maxPhysicalDemand: 'LIGHT',
    },
  },
  {
    id: '7a1b0000-0000-4000-8000-000000000004',
    name: '小林 正',
    kana: 'コバヤシ タダシ',
    age: 61,
    birthdayOffset: 30,
    phone: '090-0000-1104',
    email: null,
    address: '東京都足立区',
    prefectureCode: '13',
    gender: 'MALE',
    reason: 'MANDATORY_RETIREMENT',
    leftJobIn: -75,
    registeredIn: -70,
    lastContactIn: -25,
    status: 'RE_EMPLOYED',
    closedIn: -25,
    career: {
      workHistory: [office('1990-04', '2026-09', '北関東運輸株式会社', '配車計画と乗務員の点呼。', '係長')],
      qualifications: ['普通自動車第一種運転免許'],
      skills: ['配送'],
      strengths: '乗務員の管理経験。',
      evaluationSummary: '運行管理の補助業務で再就職。',
    },
    wishes: {
      occupationCodes: ['C', 'I'],
      workingStyle: 'FULL_TIME',
      daysPerWeek: 5,
      hoursPerDay: 8,
      monthlyWage: 280000,
      acceptablePrefectureCodes: ['13'],
      earliestStartIn: -60,
      maxPhysicalDemand: 'LIGHT',
    },
    reemployment: {
      in: -25,
      employerCorporateNumber: '2991301106987',
      jobTitle: '運行管理補助',
      occupationCode: 'C',
      employmentType: 'CONTRACT',
      wageBand: 'FROM_250K_TO_299K',
    },
  },
  {
    id: '7a1b0000-0000-4000-8000-000000000005',
    name: '加藤 美千代',
    kana: 'カトウ ミチヨ',
    age: 62,
    birthdayOffset: 10,
    phone: '090-0000-1105',
    email: 'm.kato@example.jp',
    address: '東京都練馬区',
    prefectureCode: '13',
    gender: 'FEMALE',
    reason: 'LEFT_JOB_AT_60_OR_OVER',
    leftJobIn: -50,
    registeredIn: -45,
    lastContactIn: -8,
    status: 'RE_EMPLOYED',
    closedIn: -8,
    career: {
      workHistory: [office('1996-04', '2026-10', '練馬給食サービス株式会社', '調理と衛生管理。', '調理主任')],
      qualifications: ['調理師'],
      skills: ['調理'],
      strengths: '大量調理と衛生管理。',
      evaluationSummary: '短時間の調理業務で再就職。',
    },
    wishes: {
      occupationCodes: ['E'],
      workingStyle: 'PART_TIME',
      daysPerWeek: 4,
      hoursPerDay: 5,
      monthlyWage: 150000,
      acceptablePrefectureCodes: ['13'],
      earliestStartIn: -30,
      maxPhysicalDemand: 'MODERATE',
    },
    reemployment: {
      in: -8,
      employerCorporateNumber: '5991301107124',
      jobTitle: 'セントラルキッチン調理補助',
      occupationCode: 'E',
      employmentType: 'PART_TIME',
      wageBand: 'FROM_150K_TO_199K',
    },
  },
  {
    id: '7a1b0000-0000-4000-8000-000000000006',
    name: '吉田 勉',
    kana: 'ヨシダ ツトム',
    age: 65,
    birthdayOffset: 90,
    phone: '090-0000-1106',
    email: null,
    address: '東京都杉並区',
    prefectureCode: '13',
    gender: null,
    reason: 'END_OF_CONTINUED_EMPLOYMENT',
    leftJobIn: -40,
    registeredIn: -35,
    lastContactIn: -15,
    status: 'WITHDRAWN',
    closedIn: -10,
    career: {
      workHistory: [office('1984-04', '2026-10', '杉並電機株式会社', '設備保全。', null)],
      qualifications: [],
      skills: ['設備保全'],
      strengths: '電気設備の保守点検。',
      evaluationSummary: '家族の事情で同意を撤回。',
    },
    wishes: {
      occupationCodes: ['H'],
      workingStyle: 'PART_TIME',
      daysPerWeek: 3,
      hoursPerDay: 6,
      monthlyWage: 180000,
      acceptablePrefectureCodes: ['13'],
      earliestStartIn: -20,
      maxPhysicalDemand: 'MODERATE',
    },
  },
  {
    id: '7a1b0000-0000-4000-8000-000000000007',
    name: '松本 浩',
    kana: 'マツモト ヒロシ',
    age: 66,
    birthdayOffset: 150,
    phone: '090-0000-1107',
    email: null,
    address: '埼玉県川口市',
    prefectureCode: '11',
    gender: 'MALE',
    reason: 'MANDATORY_RETIREMENT',
    leftJobIn: -390,
    registeredIn: -380,
    lastContactIn: -370,
    status: 'EXPIRED',
    closedIn: -5,
    career: {
      workHistory: [office('1983-04', '2025-12', '川口鋳造株式会社', '鋳造ラインの工程管理。', '工場長')],
      qualifications: [],
      skills: ['生産管理'],
      strengths: '工程管理と安全管理。',
      evaluationSummary: '連絡が途絶え、登録期限切れ。',
    },
    wishes: {
      occupationCodes: ['H'],
      workingStyle: 'FULL_TIME',
      daysPerWeek: 5,
      hoursPerDay: 8,
      monthlyWage: 260000,
      acceptablePrefectureCodes: ['11', '13'],
      earliestStartIn: -280,
      maxPhysicalDemand: 'MODERATE',
    },
  },
];
