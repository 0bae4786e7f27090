// A synthetic board of 500 cases across nine stages, answered in place of the API's CaseBoard (and its choices), to
// time the page's own work: rendering, becoming interactive, narrowing as the user types.
const STAGES: [string, string][] = [
  ['INFORMATION_COLLECTION', 'STEP1 情報収集'],
  ['INTER_COMPANY_MEETING', 'STEP2 企業間面談'],
  ['INTERNAL_PROCEDURE', '出向元の社内手続'],
  ['WORKPLACE_TOUR', 'STEP3 職場見学'],
  ['CONTRACT', 'STEP4 出向契約の締結'],
  ['STARTED', 'STEP5 出向の開始'],
  ['HIRING_AGREED', '採用内定'],
  ['HIRED', '採用(移籍)'],
  ['FOLLOW_UP', 'STEP6 フォローアップ'],
];
const OFFICE = '00000000-0000-4000-8000-00000000f001';
const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-8000-${kind.toString(16).padStart(4, '0')}${n.toString(16).padStart(8, '0')}`;

export const SYNTHETIC_CASES = 500;

export function syntheticBoard(stuckForMoreThanDays: number | null) {
  const columns = STAGES.map(([stage, stageLabel], index) => {
    const cases = [];
    for (let n = index; n < SYNTHETIC_CASES; n += STAGES.length) {
      const days = (n * 7) % 100;
      if (stuckForMoreThanDays !== null && days <= stuckForMoreThanDays) continue;
      const next = STAGES[index + 1];
      cases.push({
        __typename: 'CaseSummary',
        id: uuid(1, n),
        number: 10_000 + n,
        moveType: n % 4 === 0 ? 'TRANSFER' : 'SECONDMENT',
        stage,
        nextStage: next ? next[0] : null,
        nextStageLabel: next ? next[1] : null,
        daysInStage: days,
        version: 1,
        peoplePlanned: 1 + (n % 5),
        peopleEstablished: 0,
        sendingConsultantId: uuid(2, n % 10),
        receivingConsultantId: uuid(2, (n + 3) % 10),
        sendingCompany: { __typename: 'Company', id: uuid(3, n % 60) },
        receivingCompany: { __typename: 'Company', id: uuid(3, 60 + (n % 60)) },
      });
    }
    return { __typename: 'CaseBoardColumn', stage, stageLabel, count: cases.length, hasMore: false, cases };
  });
  return {
    data: {
      caseBoard: {
        __typename: 'CaseBoard',
        officeId: OFFICE,
        totalCount: columns.reduce((sum, column) => sum + column.count, 0),
        office: { __typename: 'Office', id: OFFICE, nameJa: '東京事務所' },
        columns,
      },
    },
  };
}

export function syntheticChoices() {
  return {
    data: {
      choices: {
        __typename: 'CaseBoard',
        officeId: OFFICE,
        consultants: Array.from({ length: 10 }, (_, n) => ({
          __typename: 'CaseConsultant',
          id: uuid(2, n),
          name: `担当 ${n + 1}`,
        })),
        companies: Array.from({ length: 120 }, (_, n) => ({
          __typename: 'Company',
          id: uuid(3, n),
          legalName: `株式会社サンプル${n + 1}`,
          jsicMajorCode: n % 2 ? 'E' : 'H',
        })),
      },
      jsicMajorGroups: [
        { __typename: 'JsicMajorGroup', code: 'E', nameJa: '製造業' },
        { __typename: 'JsicMajorGroup', code: 'H', nameJa: '運輸業，郵便業' },
      ],
    },
  };
}
