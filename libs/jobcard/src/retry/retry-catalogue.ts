// The RETRY project (seed 000) as reference data: the project's facts and its 8 menus (one per project, names
// provisional). Headquarters may edit it; nothing here is a rule (spec §8).

export type RetryGroup = 'WOMEN' | 'MIDDLE_AGED' | 'NON_REGULAR' | 'IT';

export const RETRY_MENU_IDS = [
  'WOMEN_INTERNSHIP',
  'WOMEN_ELEARNING',
  'MIDCAREER_OFFICE',
  'MIDCAREER_TECHNICAL',
  'NONREGULAR_TO_REGULAR',
  'IT_UPDATE',
  'IT_FOR_MANUFACTURING',
  'IT_STEPWISE_CERTIFICATION',
] as const;
export type RetryMenuId = (typeof RETRY_MENU_IDS)[number];

export interface RetryMenu {
  readonly id: RetryMenuId;
  readonly group: RetryGroup;
  /** As the seed heads it, e.g. 女性活躍関係（２メニュー） without the count. */
  readonly groupName: string;
  /** As printed, without （仮称）. */
  readonly menuName: string;
  /** The seed marks every menu name （仮称）. */
  readonly provisional: boolean;
  /** Who it is for, in the seed's words. */
  readonly target: string;
  /** What the programme teaches, in the seed's words. */
  readonly content: string;
  readonly seed: string;
}

export const RETRY_GROUP_NAMES: Readonly<Record<RetryGroup, string>> = {
  WOMEN: '女性活躍関係',
  MIDDLE_AGED: '中高年関係',
  NON_REGULAR: '非正規雇用関係',
  IT: 'IT分野',
};

/** The menu's name as shown: インターンシップ型（仮称）. */
export const retryMenuTitle = (menu: RetryMenu): string =>
  `${menu.menuName}${menu.provisional ? '（仮称）' : ''}`;

const WOMEN_TARGET = '出産・育児等により一時的にキャリアを中断した女性で職場復帰を希望する者等';
const MIDDLE_AGED_TARGET = '45歳以上の者（中高年）のうち、転職によるセカンドキャリアの形成を希望する者等';
const CAREER_CHANGE = '業種・職種への円滑なキャリアチェンジを可能とする知識・技能を習得するプログラム';

/**
 * The 8 menus (S000:126–204). The internship and e-learning types are printed above their heading 女性活躍関係
 * （２メニュー） (a PDF layout artefact); 2 + 2 + 1 + 3 = 8 = 計８プロジェクト (S000:37), so they are the women's menus
 * (spec §10 #22).
 */
export const RETRY_MENUS: readonly RetryMenu[] = [
  {
    id: 'WOMEN_INTERNSHIP',
    group: 'WOMEN',
    groupName: RETRY_GROUP_NAMES.WOMEN,
    menuName: 'インターンシップ型',
    provisional: true,
    target: WOMEN_TARGET,
    content: '企業でのインターンシップ（2週間から1ヶ月程度を想定）を組み込んだプログラム',
    seed: 'S000:132–148',
  },
  {
    id: 'WOMEN_ELEARNING',
    group: 'WOMEN',
    groupName: RETRY_GROUP_NAMES.WOMEN,
    menuName: 'ｅ－ラーニング型',
    provisional: true,
    target: WOMEN_TARGET,
    content: '原則としてｅ－ラーニング形態で実施されるプログラム',
    seed: 'S000:137–148',
  },
  {
    id: 'MIDCAREER_OFFICE',
    group: 'MIDDLE_AGED',
    groupName: RETRY_GROUP_NAMES.MIDDLE_AGED,
    menuName: '事務系型',
    provisional: true,
    target: `${MIDDLE_AGED_TARGET}で、長く事務系総合職としてキャリアを培ってきた者`,
    content: `長く事務系総合職としてキャリアを培ってきた中高年の活躍が期待される${CAREER_CHANGE}`,
    seed: 'S000:150–161',
  },
  {
    id: 'MIDCAREER_TECHNICAL',
    group: 'MIDDLE_AGED',
    groupName: RETRY_GROUP_NAMES.MIDDLE_AGED,
    menuName: '技術系型',
    provisional: true,
    target: `${MIDDLE_AGED_TARGET}で、長く技術系専門職としてキャリアを培ってきた者`,
    content: `長く技術系専門職としてキャリアを培ってきた中高年の活躍が期待される${CAREER_CHANGE}`,
    seed: 'S000:150–167',
  },
  {
    id: 'NONREGULAR_TO_REGULAR',
    group: 'NON_REGULAR',
    groupName: RETRY_GROUP_NAMES.NON_REGULAR,
    menuName: '正社員転換・転職型',
    provisional: true,
    target: '非正規雇用労働者であって正社員への転換または転職を希望する者',
    content:
      '正社員転換又は正社員としての再就職が想定される業種・職種を念頭にそこで必要とされる知識・技能を習得するプログラム',
    seed: 'S000:169–178',
  },
  {
    id: 'IT_UPDATE',
    group: 'IT',
    groupName: RETRY_GROUP_NAMES.IT,
    menuName: 'ITエンジニア等の最新技術アップデート型',
    provisional: true,
    target: '一定程度、ITやネットワークに係る知識・技能を有する者',
    content:
      '第4次産業革命(AI、IoT、ビッグデータ)に係る分野の中堅・高度のシステムエンジニアとして活躍することが可能となるよう、' +
      '最新の高度IT技術に係る知識・技能を習得するプログラム',
    seed: 'S000:182–187',
  },
  {
    id: 'IT_FOR_MANUFACTURING',
    group: 'IT',
    groupName: RETRY_GROUP_NAMES.IT,
    menuName: 'ものづくり技術者の高度IT技術習得型',
    provisional: true,
    target: '今後の第4次産業革命の到来に向けてものづくり分野の技術者としてのキャリアを培ってきた者',
    content: '高度IT技術を活用した製品の企画・開発を行うために必要となる知識・技能を習得するプログラム',
    seed: 'S000:189–193',
  },
  {
    id: 'IT_STEPWISE_CERTIFICATION',
    group: 'IT',
    groupName: RETRY_GROUP_NAMES.IT,
    menuName: 'IT初級者の段階的なIT資格取得型',
    provisional: true,
    target: 'IT技術について未習又は初級レベルにある者',
    content:
      '段階的にIT技術を習得することを通じてより高度なIT資格を取得し、IT企業等における正社員就職等のキャリアアップを' +
      '実現するためのプログラム',
    seed: 'S000:195–199',
  },
];

export const retryMenu = (id: RetryMenuId): RetryMenu => {
  const menu = RETRY_MENUS.find((candidate) => candidate.id === id);
  if (!menu) throw new Error(`unknown RETRY menu: ${id}`);
  return menu;
};

/** The project's facts (S000:2–63, 90, 206). */
export const RETRY_PROJECT = {
  name: '労働者等のキャリア形成・生産性向上に資する教育訓練開発プロジェクト',
  englishName: "Recurrent Training program for improving worker's career and productivity (RETRY project)",
  /** 計８プロジェクト (S000:37): one per menu. */
  projectCount: 8,
  /** １プロジェクト当たり年２千万円を上限 (S000:43). */
  maxYenPerProjectPerYear: 20_000_000,
  /** 最大３年間委託 (S000:43). */
  maxYears: 3,
  /** １年目（29年度） ２年目（30年度） ３年目（31年度） (S000:90). */
  years: [
    {
      fiscalYear: 2017,
      japaneseFiscalYear: '平成29年度',
      work: '検討委員会を設置し、産業界の人材ニーズ把握及びそれに基づく教育訓練プログラム等を検討・開発',
    },
    {
      fiscalYear: 2018,
      japaneseFiscalYear: '平成30年度',
      work: '開発した教育訓練プログラム等の試行実施・検証・見直し、実施状況分析、成果の全国普及',
    },
    {
      fiscalYear: 2019,
      japaneseFiscalYear: '平成31年度',
      work: '開発した教育訓練プログラム等の試行実施・検証・見直し、実施状況分析、成果の全国普及',
    },
  ],
  /** S000:22–24. */
  outcome:
    '成果は全国の教育訓練機関に展開するとともに、専門実践教育訓練給付制度の対象プログラムとして継続的に活用',
  /** S000:49–53. */
  contact: {
    office: '厚生労働省職業能力開発局 キャリア形成支援課',
    phone: '03-5253-1111',
    extension: '5390',
  },
  /** S000:206: the whole catalogue is provisional. */
  note: '平成29年度予算案に基づく現時点のイメージであり、今後変更がありうるもの',
  seed: 'S000:2–13, 36–43, 57–63, 90, 206',
} as const;
