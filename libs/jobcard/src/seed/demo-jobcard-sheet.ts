// The demo's skills-development secondment sheet (spec §9.1): a chemical-plant operator seconded to a biotech plant,
// 技能系, III(2) set by the two companies with most criteria cited from public qualifications, the targets presented
// before the start and the mid-term rated at the first follow-up with one rating that differs, reviewed and explained.
import type {
  CriterionRating,
  EvaluationSheet,
  SheetCriterion,
  SheetUnit,
} from '../evaluation-sheets/evaluation-sheet';
import type { StoredEvaluation } from '../evaluation-sheets/evaluation-sheet.entity';
import { sheetCriteria } from '../evaluation-sheets/rules/criterion-keys';
import { draftEvaluationSheet } from '../evaluation-sheets/sheet-drafts';

const cited = (text: string, sourceName: string, code: string): SheetCriterion => ({
  text,
  sourceKind: 'PUBLIC_EXAM',
  sourceName,
  code,
  bureauConfirmed: false,
});
const own = (text: string): SheetCriterion => ({
  text,
  sourceKind: 'OWN',
  sourceName: '',
  code: '',
  bureauConfirmed: false,
});

const HAZARD = '危険物取扱者試験（乙種第4類）';

const SPECIAL_UNITS: SheetUnit[] = [
  {
    name: '原料・危険物の取扱い',
    criteria: [
      cited(
        '引火性液体の性質と危険性を理解し、貯蔵・取扱いの基準に従って作業している。',
        HAZARD,
        '危険物取扱者試験',
      ),
      cited('消火設備の種類と使い方を理解し、異常時の初期対応ができる。', HAZARD, '危険物取扱者試験'),
      cited('原料の受入れ時に数量・性状を確認し、記録している。', HAZARD, '危険物取扱者試験'),
    ],
  },
  {
    name: '培養・精製設備の運転',
    criteria: [
      cited('運転手順書に従い、設備の起動・停止を行っている。', HAZARD, '危険物取扱者試験'),
      own('培養槽の温度・pH の記録から異常の兆候に気づき、上司に報告している。'),
      own('GMP の手順に沿って運転記録を作成している。'),
    ],
  },
];

export function demoSheet(traineeName: string, startOn: string, endOn: string): EvaluationSheet {
  const draft = draftEvaluationSheet(
    {
      duty: '医薬品原料の製造オペレーター',
      traineeName,
      company: '多摩バイオテック株式会社',
      evaluationLeadName: '荒川 健一',
      representativeName: '多摩 誠',
      issuedOn: null,
    },
    'SKILLED',
  );
  return {
    ...draft,
    ojtDuties: [
      {
        from: startOn,
        to: endOn,
        kind: 'OJT',
        description: '医薬品原料プラントの運転・監視と運転記録の作成(培養・精製工程)',
      },
    ],
    section3Special: { units: SPECIAL_UNITS },
    comments: { section2: '', section3Basic: '', section3Special: '' },
  };
}

/** The targets (issued), and a mid-term rated B throughout but for one criterion the trainee rated higher. */
export function demoEvaluations(
  sheet: EvaluationSheet,
  targetsOn: string,
  midtermOn: string,
  followUpId: string | null,
): StoredEvaluation[] {
  const keys = sheetCriteria(sheet).map((entry) => entry.key);
  const differing = keys.find((key) => key.startsWith('III2.'));
  const ratings = Object.fromEntries(
    keys.map((key): [string, CriterionRating] => [
      key,
      key === differing
        ? {
            notEvaluated: false,
            self: 'A',
            company: 'B',
            leadNote: '受入先の上司に確認: 貯蔵基準は守れているが、記録の漏れが2回あったためB。',
            explanationNote: '基準どおりの取扱いはできている。記録を毎回残せばAになると説明した。',
          }
        : { notEvaluated: false, self: 'B', company: 'B', leadNote: null, explanationNote: null },
    ]),
  );
  return [
    { moment: 'TARGETS', date: targetsOn, state: 'ISSUED', ratings: {} },
    {
      moment: 'MIDTERM',
      date: midtermOn,
      state: 'EXPLAINED',
      evaluatorName: '多摩 直樹',
      leadName: '荒川 健一',
      followUpId,
      ratings,
    },
  ];
}
