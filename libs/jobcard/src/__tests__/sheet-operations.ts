// The evaluation-sheet operations as the web sends them, and the inputs that make a sheet complete: section I, the
// header's names and the press-working model as III(2) (all cited, S001:586–645).
import type { AuthUser } from '@kakehashi/authz';
import { ok, type GqlResponse, type JobcardKit } from './jobcard-kit';

export const SHEET_FIELDS = `id version subjectKind caseId registrantId companyId targetsPresentedOn issuedOn printTitle
  header { duty traineeName company evaluationLeadName representativeName issuedOn }
  section2 { units { name criteria { key } } }
  section3Basic { units { name criteria { key code } } }
  section3Special { units { name criteria { key code sourceKind cited } } }
  specialCitation { total cited required }
  findings { code severity field message rule seed }
  evaluations { moment date state followUpId
    ratings { key self company notEvaluated leadNote explanationNote }
    ratingCounts { self { a b c notEvaluated unrated } company { a b c notEvaluated unrated } }
    flaggedCriteria { key label reasons hasLeadNote hasExplanationNote }
    findings { code } }`;

export interface SheetView {
  id: string;
  version: number;
  subjectKind: string;
  caseId: string | null;
  registrantId: string | null;
  targetsPresentedOn: string | null;
  issuedOn: string | null;
  printTitle: string;
  header: { traineeName: string; evaluationLeadName: string; issuedOn: string | null };
  section2: { units: { name: string; criteria: { key: string }[] }[] };
  section3Basic: { units: { name: string; criteria: { key: string; code: string }[] }[] };
  section3Special: { units: { name: string; criteria: { key: string; code: string; cited: boolean }[] }[] };
  specialCitation: { total: number; cited: number; required: number };
  findings: {
    code: string;
    severity: string;
    field: string | null;
    message: string;
    rule: string;
    seed: string;
  }[];
  evaluations: {
    moment: string;
    date: string;
    state: string;
    followUpId: string | null;
    ratings: { key: string; self: string | null; company: string | null }[];
    ratingCounts: { self: Record<string, number>; company: Record<string, number> };
    flaggedCriteria: { key: string; label: string; reasons: string[]; hasLeadNote: boolean }[];
    findings: { code: string }[];
  }[];
}

export const mutation = (name: string, type: string) =>
  `mutation ($input: ${type}!) { ${name}(input: $input) { ${SHEET_FIELDS} } }`;

export const CREATE = mutation('createEvaluationSheet', 'CreateEvaluationSheetInput');
export const UPDATE = mutation('updateEvaluationSheet', 'UpdateEvaluationSheetInput');
export const RECORD = mutation('recordEvaluation', 'RecordEvaluationInput');
export const ADVANCE = mutation('advanceEvaluation', 'AdvanceEvaluationInput');
export const GET = `query ($id: ID!) { evaluationSheet(id: $id) { ${SHEET_FIELDS} } }`;

/** Sends a sheet operation; the raw response, to read a refusal. */
export function sheetOp(kit: JobcardKit, user: AuthUser, query: string, input: Record<string, unknown>) {
  return kit.gql<Record<string, SheetView>>(user, query, { input });
}

/** A sheet operation that must succeed: the sheet it returns. */
export async function sheet(
  kit: JobcardKit,
  user: AuthUser,
  query: string,
  input: Record<string, unknown>,
): Promise<SheetView> {
  const data = ok(await sheetOp(kit, user, query, input));
  return Object.values(data)[0];
}

export const LEAD = '佐藤 一郎';
export const EVALUATOR = '鈴木 次郎';

/** What makes a fresh draft complete (R-ES-1, 2; III(2) from the model sheet at creation). */
export function completing(s: SheetView, period: { startOn: string; endOn: string }) {
  return {
    id: s.id,
    expectedVersion: s.version,
    header: {
      duty: 'プレス加工',
      traineeName: s.header.traineeName,
      company: '愛知プレス工業株式会社',
      evaluationLeadName: LEAD,
      representativeName: '愛知 太郎',
    },
    ojtDuties: [
      {
        from: period.startOn,
        to: period.endOn,
        kind: 'OJT',
        description: '打ち抜き加工・プレス曲げ加工の段取りと検査',
      },
    ],
  };
}

/** Every criterion key of a sheet, section II then III(1) then III(2). */
export const keysOf = (s: SheetView): string[] =>
  [s.section2, s.section3Basic, s.section3Special].flatMap((section) =>
    section.units.flatMap((unit) => unit.criteria.map((criterion) => criterion.key)),
  );

/** Every criterion rated B by both, but `differ`: self A, company B, with or without the notes. */
export function ratingsOf(s: SheetView, differ: string[] = [], notes = false) {
  return keysOf(s).map((key) =>
    differ.includes(key)
      ? {
          key,
          notEvaluated: false,
          self: 'A',
          company: 'B',
          ...(notes ? { leadNote: '上司に確認済み', explanationNote: '本人に説明済み' } : {}),
        }
      : { key, notEvaluated: false, self: 'B', company: 'B' },
  );
}

/** Steps an evaluation through 企業評価 → 確認 → 説明 → 交付 (or the steps given). */
export async function issue(
  kit: JobcardKit,
  user: AuthUser,
  s: SheetView,
  moment: string,
  steps = ['COMPANY_RATED', 'CONFIRMED', 'EXPLAINED', 'ISSUED'],
): Promise<SheetView> {
  let current = s;
  for (const to of steps) {
    current = await sheet(kit, user, ADVANCE, {
      sheetId: current.id,
      expectedVersion: current.version,
      moment,
      to,
    });
  }
  return current;
}

export type { GqlResponse };

/** The targets presented on `on` (no ratings yet) and issued: the sheet as it is before the training starts. */
export async function presentTargets(
  kit: JobcardKit,
  user: AuthUser,
  s: SheetView,
  on: string,
): Promise<SheetView> {
  const recorded = await sheet(kit, user, RECORD, {
    sheetId: s.id,
    expectedVersion: s.version,
    moment: 'TARGETS',
    date: on,
    ratings: [],
  });
  return issue(kit, user, recorded, 'TARGETS', ['ISSUED']);
}

/** The final evaluation recorded on `on` by the lead and evaluator, every criterion rated as `ratingsOf` rates it. */
export function recordFinal(kit: JobcardKit, user: AuthUser, s: SheetView, on: string): Promise<SheetView> {
  return sheet(kit, user, RECORD, {
    sheetId: s.id,
    expectedVersion: s.version,
    moment: 'FINAL',
    date: on,
    evaluatorName: EVALUATOR,
    leadName: LEAD,
    ratings: ratingsOf(s),
  });
}
