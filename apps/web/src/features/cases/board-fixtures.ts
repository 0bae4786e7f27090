// Cards and boards for the board's unit tests, shaped as the API answers them.
import type { CaseBoardChoicesQuery, CaseBoardQuery, CaseStage } from '../../gql/graphql';
import type { BoardCard, BoardColumn } from './board-filter';

export const IDS = {
  tanaka: '00000000-0000-4000-8000-000000000001',
  suzuki: '00000000-0000-4000-8000-000000000002',
  yamada: '00000000-0000-4000-8000-0000000000a1',
  kawasaki: '00000000-0000-4000-8000-0000000000a2',
  hokuto: '00000000-0000-4000-8000-0000000000a3',
  office: '00000000-0000-4000-8000-0000000000f1',
};

const LABELS: Partial<Record<CaseStage, string>> = {
  INFORMATION_COLLECTION: 'STEP1 情報収集',
  INTER_COMPANY_MEETING: 'STEP2 企業間面談',
  INTERNAL_PROCEDURE: '出向元の社内手続',
};

/** A company reference as the API sends it (Apollo's cache keys it by type and id). */
export function company(id: string): BoardCard['sendingCompany'] {
  return { __typename: 'Company', id } as BoardCard['sendingCompany'];
}

export function card(overrides: Partial<BoardCard> & { id: string; number: number }): BoardCard {
  return {
    __typename: 'CaseSummary',
    moveType: 'SECONDMENT',
    stage: 'INFORMATION_COLLECTION',
    nextStage: 'INTER_COMPANY_MEETING',
    nextStageLabel: 'STEP2 企業間面談',
    daysInStage: 3,
    version: 1,
    peoplePlanned: 2,
    peopleEstablished: 0,
    sendingConsultantId: IDS.tanaka,
    receivingConsultantId: IDS.suzuki,
    sendingCompany: company(IDS.yamada),
    receivingCompany: company(IDS.kawasaki),
    ...overrides,
  } as BoardCard;
}

export function column(stage: CaseStage, cases: BoardCard[], count = cases.length): BoardColumn {
  return {
    __typename: 'CaseBoardColumn',
    stage,
    stageLabel: LABELS[stage] ?? stage,
    count,
    hasMore: count > cases.length,
    cases,
  } as BoardColumn;
}

export function boardOf(columns: BoardColumn[]): CaseBoardQuery {
  return {
    caseBoard: {
      __typename: 'CaseBoard',
      officeId: IDS.office,
      totalCount: columns.reduce((sum, each) => sum + each.count, 0),
      office: { __typename: 'Office', id: IDS.office, nameJa: '東京事務所' },
      columns,
    },
  } as CaseBoardQuery;
}

export const CHOICES = {
  choices: {
    __typename: 'CaseBoard',
    officeId: IDS.office,
    consultants: [
      { __typename: 'CaseConsultant', id: IDS.tanaka, name: '田中 一郎' },
      { __typename: 'CaseConsultant', id: IDS.suzuki, name: '鈴木 花子' },
    ],
    companies: [
      { __typename: 'Company', id: IDS.yamada, legalName: 'ヤマダ製作所株式会社', jsicMajorCode: 'E' },
      { __typename: 'Company', id: IDS.kawasaki, legalName: '川崎物流株式会社', jsicMajorCode: 'H' },
      { __typename: 'Company', id: IDS.hokuto, legalName: '北斗電機株式会社', jsicMajorCode: 'E' },
    ],
  },
  jsicMajorGroups: [
    { __typename: 'JsicMajorGroup', code: 'E', nameJa: '製造業' },
    { __typename: 'JsicMajorGroup', code: 'H', nameJa: '運輸業，郵便業' },
  ],
} as unknown as CaseBoardChoicesQuery;
