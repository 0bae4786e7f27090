// An evaluation sheet as the API shows it: the stored documents with each criterion's key, the rules' current findings
// and, per evaluation, its counts and flagged criteria.
import type { EvaluationPlanContext, EvaluationSheet, SheetUnit } from './evaluation-sheet';
import type { EvaluationSheetEntity, StoredEvaluation } from './evaluation-sheet.entity';
import type { EvaluationModel } from './evaluation.model';
import type {
  EvaluationSheetModel,
  EvaluationSheetSummaryModel,
  SheetCommonFields,
  SheetSectionModel,
} from './evaluation-sheet.model';
import { SECTION_TITLES, SHEET_PRINT_ALIAS, SHEET_PRINT_TITLE } from './evaluation-sheets.messages';
import { isCited } from './rules/criterion-source.rule';
import { sheetCriteria, type SheetSectionId } from './rules/criterion-keys';
import { flaggedCriteria } from './rules/evaluation-workflow.rule';
import { ratingCounts } from './rules/ratings.rule';
import { specialCitation } from './rules/section3-special.rule';
import { validateEvaluation } from './rules/validate-evaluation';
import { validateSheet } from './rules/validate-sheet';
import { isBlank } from './rules/sheet-text';

const MOMENT_ORDER = { TARGETS: 0, MIDTERM: 1, FINAL: 2 } as const;

export const sortedEvaluations = (evaluations: readonly StoredEvaluation[]): StoredEvaluation[] =>
  [...evaluations].sort((a, b) => MOMENT_ORDER[a.moment] - MOMENT_ORDER[b.moment]);

/** What an evaluation is checked against: the sheet's period and, for the final one, the mid-term's day. */
export function planContextOf(entity: EvaluationSheetEntity): EvaluationPlanContext {
  const midterm = entity.evaluations.find((evaluation) => evaluation.moment === 'MIDTERM');
  return { startDate: entity.periodStart, endDate: entity.periodEnd, midtermOn: midterm?.date ?? null };
}

function sectionView(
  id: SheetSectionId,
  units: readonly SheetUnit[],
  keys: ReadonlyMap<string, string>,
): SheetSectionModel {
  return {
    id,
    title: SECTION_TITLES[id],
    units: units.map((unit, u) => ({
      name: unit.name,
      originDutyType: unit.originDutyType ?? null,
      criteria: unit.criteria.map((criterion, c) => ({
        key: keys.get(`${id}:${u}:${c}`) ?? `${id}.${u + 1}.${c + 1}`,
        number: c + 1,
        text: criterion.text,
        sourceKind: criterion.sourceKind,
        sourceName: criterion.sourceName,
        code: criterion.code,
        bureauConfirmed: criterion.bureauConfirmed,
        cited: isCited(criterion),
      })),
    })),
  };
}

/** Each criterion's key by section, unit and criterion index (from 0). */
function keysOf(sheet: EvaluationSheet): Map<string, string> {
  const keys = new Map<string, string>();
  for (const entry of sheetCriteria(sheet)) {
    const [, unit, , index] = entry.field.split('.').slice(-4);
    keys.set(`${entry.section}:${unit}:${index}`, entry.key);
  }
  return keys;
}

function evaluationView(
  entity: EvaluationSheetEntity,
  evaluation: StoredEvaluation,
  context: EvaluationPlanContext,
): EvaluationModel {
  const counts = ratingCounts(evaluation);
  const gradeCounts = (c: typeof counts.self) => ({
    a: c.A,
    b: c.B,
    c: c.C,
    notEvaluated: c.notEvaluated,
    unrated: c.unrated,
  });
  return {
    moment: evaluation.moment,
    date: evaluation.date,
    state: evaluation.state,
    evaluatorName: evaluation.evaluatorName ?? null,
    leadName: evaluation.leadName ?? null,
    followUpId: evaluation.followUpId ?? null,
    ratings: Object.entries(evaluation.ratings).map(([key, rating]) => ({ key, ...rating })),
    ratingCounts: { self: gradeCounts(counts.self), company: gradeCounts(counts.company) },
    flaggedCriteria: flaggedCriteria(evaluation, entity.sheet).map((flagged) => ({
      ...flagged,
      reasons: [...flagged.reasons],
      hasLeadNote: !isBlank(evaluation.ratings[flagged.key]?.leadNote),
      hasExplanationNote: !isBlank(evaluation.ratings[flagged.key]?.explanationNote),
    })),
    findings: validateEvaluation(entity.sheet, evaluation, context),
  };
}

function commonFields(entity: EvaluationSheetEntity): SheetCommonFields {
  return {
    id: entity.id,
    subjectKind: entity.subjectKind,
    caseId: entity.caseId,
    caseWorkerId: entity.caseWorkerId,
    registrantId: entity.registrantId,
    companyId: entity.companyId,
    planId: entity.planId,
    duty: entity.duty,
    dutyType: entity.dutyType,
    periodStart: entity.periodStart,
    periodEnd: entity.periodEnd,
    targetsPresentedOn: entity.targetsPresentedOn,
    issuedOn: entity.issuedOn,
    version: entity.version,
    updatedAt: entity.updatedAt,
  };
}

export function sheetView(entity: EvaluationSheetEntity): EvaluationSheetModel {
  const { sheet } = entity;
  const keys = keysOf(sheet);
  const context = planContextOf(entity);
  return {
    ...commonFields(entity),
    printTitle: SHEET_PRINT_TITLE,
    printAlias: SHEET_PRINT_ALIAS,
    header: { ...sheet.header },
    ojtDuties: sheet.ojtDuties.map((duty) => ({ ...duty })),
    section2: sectionView('II', sheet.section2, keys),
    section3Basic: sectionView('III1', sheet.section3Basic.units, keys),
    section3Special: sectionView('III2', sheet.section3Special.units, keys),
    comments: { ...sheet.comments, section1: sheet.comments.section1 ?? null },
    evaluations: sortedEvaluations(entity.evaluations).map((e) => evaluationView(entity, e, context)),
    findings: validateSheet(sheet),
    specialCitation: specialCitation(sheet),
  };
}

export function sheetSummaryView(entity: EvaluationSheetEntity): EvaluationSheetSummaryModel {
  return {
    ...commonFields(entity),
    traineeName: entity.traineeName,
    steps: sortedEvaluations(entity.evaluations).map(({ moment, state, date }) => ({ moment, state, date })),
  };
}
