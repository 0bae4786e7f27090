// The sheet page's view logic: where the evaluation stands, the ratings form's draft, and which input shows an API
// field. No rule of the domain is decided here: findings, flags and counts are the API's.
import type { Step } from '@kakehashi/web-ui';
import type {
  EvaluationGrade,
  EvaluationMoment,
  EvaluationRatingInput,
  EvaluationState,
  EvaluationUnitInput,
  SheetDetailFragment,
  SheetSectionFragment,
  SheetSummaryFragment,
} from '../../gql/graphql';

export type SheetEvaluation = SheetDetailFragment['evaluations'][number];

/** The order the API's enums are listed in (目標 → 中間 → 修了; 自己評価 → … → 交付). */
export const MOMENTS: readonly EvaluationMoment[] = ['TARGETS', 'MIDTERM', 'FINAL'];
export const STATES: readonly EvaluationState[] = [
  'SELF_RATED',
  'COMPANY_RATED',
  'CONFIRMED',
  'EXPLAINED',
  'ISSUED',
];

type Steps = Pick<SheetSummaryFragment['steps'][number], 'moment' | 'state'>[];

/** The first moment not issued yet (null once the final evaluation is issued). */
export function currentMoment(steps: Steps): EvaluationMoment | null {
  return MOMENTS.find((moment) => steps.find((step) => step.moment === moment)?.state !== 'ISSUED') ?? null;
}

/** The three moments as a step list: issued ones done, the current one marked. */
export function momentSteps(steps: Steps, label: (moment: string) => string): Step[] {
  const current = currentMoment(steps);
  return MOMENTS.map((moment) => ({
    key: moment,
    label: label(moment),
    state:
      moment === current
        ? 'current'
        : steps.find((step) => step.moment === moment)?.state === 'ISSUED'
          ? 'done'
          : 'upcoming',
  }));
}

/** The procedure of a mid-term or final evaluation, the state it is in marked current. */
export function stateSteps(state: EvaluationState | null, label: (state: string) => string): Step[] {
  const at = state ? STATES.indexOf(state) : -1;
  return STATES.map((each, index) => ({
    key: each,
    label: label(each),
    state: index < at || (index === at && each === 'ISSUED') ? 'done' : index === at ? 'current' : 'upcoming',
  }));
}

/** The step the evaluation may be moved to next: the targets are only presented (交付). */
export function nextState(moment: EvaluationMoment, state: EvaluationState | null): EvaluationState | null {
  if (!state || state === 'ISSUED') return null;
  if (moment === 'TARGETS') return 'ISSUED';
  return STATES[STATES.indexOf(state) + 1] ?? null;
}

export interface RatingRow {
  self: EvaluationGrade | null;
  company: EvaluationGrade | null;
  notEvaluated: boolean;
  leadNote: string;
  explanationNote: string;
}

export type RatingDraft = Record<string, RatingRow>;

export const EMPTY_ROW: RatingRow = {
  self: null,
  company: null,
  notEvaluated: false,
  leadNote: '',
  explanationNote: '',
};

/** Every criterion key of the rated sections, in the sheet's order (II, III(1), III(2)). */
export function criterionKeys(
  sheet: Pick<SheetDetailFragment, 'section2' | 'section3Basic' | 'section3Special'>,
) {
  return [sheet.section2, sheet.section3Basic, sheet.section3Special].flatMap((section) =>
    section.units.flatMap((unit) => unit.criteria.map((criterion) => criterion.key)),
  );
}

/** The form's rows: what the evaluation recorded, blank rows for the rest. */
export function draftOf(keys: readonly string[], evaluation: SheetEvaluation | undefined): RatingDraft {
  const stored = new Map(evaluation?.ratings.map((rating) => [rating.key, rating]));
  return Object.fromEntries(
    keys.map((key) => {
      const rating = stored.get(key);
      const row: RatingRow = rating
        ? {
            self: rating.self,
            company: rating.company,
            notEvaluated: rating.notEvaluated,
            leadNote: rating.leadNote ?? '',
            explanationNote: rating.explanationNote ?? '',
          }
        : EMPTY_ROW;
      return [key, row];
    }),
  );
}

/** The rows as the API takes them; a struck row carries no grades (the API would refuse them). */
export function ratingInputs(keys: readonly string[], draft: RatingDraft): EvaluationRatingInput[] {
  return keys.map((key) => {
    const row = draft[key] ?? EMPTY_ROW;
    return {
      key,
      notEvaluated: row.notEvaluated,
      self: row.notEvaluated ? null : row.self,
      company: row.notEvaluated ? null : row.company,
      leadNote: row.leadNote.trim() || null,
      explanationNote: row.explanationNote.trim() || null,
    };
  });
}

/** A section's units as the update input takes them (the API keeps each criterion's key from its place). */
export function unitInputs(section: SheetSectionFragment): EvaluationUnitInput[] {
  return section.units.map((unit) => ({
    name: unit.name,
    originDutyType: unit.originDutyType,
    criteria: unit.criteria.map(({ text, sourceKind, sourceName, code, bureauConfirmed }) => ({
      text,
      sourceKind,
      sourceName,
      code,
      bureauConfirmed,
    })),
  }));
}

/** The DOM id of the input that shows an API field path (`section3Special.units.0.criteria.1.code`). */
export function domIdOf(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * An API field path as the page names it: without `input.`, and with a rating's index (`ratings.3.leadNote`, as the
 * record mutation reports it) turned into the criterion's key (`ratings.II.WORK_ATTITUDE.1.leadNote`, as findings do).
 */
export function pathOf(apiField: string, ratingKeys: readonly string[] = []): string {
  // The update input lists III(2)'s units directly; the findings name them as the sheet does (`.units.`).
  const path = apiField.replace(/^input\./, '').replace(/^section3Special\.(\d)/, 'section3Special.units.$1');
  const indexed = /^ratings\.(\d+)(\..+)?$/.exec(path);
  if (!indexed) return path;
  const key = ratingKeys[Number(indexed[1])];
  if (!key) return path;
  const rest = indexed[2] ?? '';
  return `ratings.${key}${rest === '.key' ? '' : rest}`;
}
