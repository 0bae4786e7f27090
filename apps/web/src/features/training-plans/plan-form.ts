import type {
  CurriculumRowInput,
  CurriculumRowKind,
  LecturerBasis,
  OffJtDelivery,
  PlanDraftPartsFragment,
  TrainingPlanDraftInput,
  TrainingType,
} from '../../gql/graphql';

// The plan's form as typed: texts stay texts (an empty date is null), hours and minutes are split for typing and joined
// back into the API's minutes. No rule is checked here: the API judges the draft (validateTrainingPlan).

export interface CurriculumRowForm {
  /** A stable key for React, kept while rows are added and removed. */
  key: number;
  kind: CurriculumRowKind;
  name: string;
  content: string;
  hours: number | null;
  minutes: number | null;
  offJtDelivery: OffJtDelivery | null;
  provider: string;
  unitMinutes: number | null;
  lecturerBasis: LecturerBasis | null;
  lecturerExperienceYears: number | null;
}

export const ROLE_KEYS = ['trainingLead', 'trainer', 'evaluationLead', 'evaluator'] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export interface RoleForm {
  name: string;
  regularEmployee: boolean;
}

export interface PlanForm {
  type: TrainingType;
  start: string | null;
  end: string | null;
  specialReason: string;
  submittedOn: string | null;
  jobCardIssuedOn: string | null;
  newGraduateWithoutJobCard: boolean;
  curriculum: CurriculumRowForm[];
  roles: Record<RoleKey, RoleForm>;
  roleOverrideReason: string;
  postCompletionHandling: string;
  sendingCompanyName: string;
  hostCompanyName: string;
  careerUpStart: string | null;
  careerUpEnd: string | null;
  /** One measure a line. */
  careerUpMeasures: string;
}

const noRole = (): RoleForm => ({ name: '', regularEmployee: true });

export function emptyRow(key: number, kind: CurriculumRowKind = 'OJT'): CurriculumRowForm {
  return {
    key,
    kind,
    name: '',
    content: '',
    hours: null,
    minutes: null,
    offJtDelivery: null,
    provider: '',
    unitMinutes: null,
    lecturerBasis: null,
    lecturerExperienceYears: null,
  };
}

export function emptyPlanForm(): PlanForm {
  return {
    type: 'BASIC',
    start: null,
    end: null,
    specialReason: '',
    submittedOn: null,
    jobCardIssuedOn: null,
    newGraduateWithoutJobCard: false,
    curriculum: [emptyRow(0, 'OJT'), emptyRow(1, 'OFF_JT_LECTURE')],
    roles: { trainingLead: noRole(), trainer: noRole(), evaluationLead: noRole(), evaluator: noRole() },
    roleOverrideReason: '',
    postCompletionHandling: '',
    sendingCompanyName: '',
    hostCompanyName: '',
    careerUpStart: null,
    careerUpEnd: null,
    careerUpMeasures: '',
  };
}

/** The next row key: one past the largest in use. */
export const nextRowKey = (rows: readonly { key: number }[]): number =>
  Math.max(-1, ...rows.map((row) => row.key)) + 1;

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Hours and minutes as typed → the API's minutes (an empty pair is 0, which the API then names as missing). */
export const rowMinutes = (row: Pick<CurriculumRowForm, 'hours' | 'minutes'>): number =>
  (row.hours ?? 0) * 60 + (row.minutes ?? 0);

function rowInput(row: CurriculumRowForm): CurriculumRowInput {
  const offJt = row.kind !== 'OJT';
  return {
    kind: row.kind,
    name: row.name,
    content: row.content,
    minutes: rowMinutes(row),
    offJtDelivery: offJt ? row.offJtDelivery : null,
    provider: offJt ? orNull(row.provider) : null,
    unitMinutes: offJt ? row.unitMinutes : null,
    lecturerBasis: offJt ? row.lecturerBasis : null,
    lecturerExperienceYears: offJt ? row.lecturerExperienceYears : null,
  };
}

/**
 * The career-up plan every plan is based on (R-TR-4), once any of it is typed; left empty it is sent as absent and the
 * API says it is missing.
 */
function careerUpInput(form: PlanForm): TrainingPlanDraftInput['careerUpPlan'] {
  const measures = form.careerUpMeasures
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (!form.careerUpStart && !form.careerUpEnd && !measures.length) return null;
  return { start: form.careerUpStart ?? '', end: form.careerUpEnd ?? '', measures };
}

/** The draft the API checks and stores; the dispatch type's two businesses are sent only for that type. */
export function toDraftInput(form: PlanForm): TrainingPlanDraftInput {
  const dispatch = form.type === 'DISPATCH_EMPLOYER';
  return {
    type: form.type,
    period: { start: form.start ?? '', end: form.end ?? '', specialReason: orNull(form.specialReason) },
    submittedOn: form.submittedOn,
    jobCardIssuedOn: form.jobCardIssuedOn,
    newGraduateWithoutJobCard: form.newGraduateWithoutJobCard,
    curriculum: form.curriculum.map(rowInput),
    roles: {
      trainingLead: form.roles.trainingLead,
      trainer: form.roles.trainer,
      evaluationLead: form.roles.evaluationLead,
      evaluator: form.roles.evaluator,
    },
    roleOverrideReason: orNull(form.roleOverrideReason),
    postCompletionHandling: orNull(form.postCompletionHandling),
    sendingCompanyName: dispatch ? orNull(form.sendingCompanyName) : null,
    hostCompanyName: dispatch ? orNull(form.hostCompanyName) : null,
    careerUpPlan: careerUpInput(form),
  };
}

const role = (holder: { name: string; regularEmployee: boolean }): RoleForm => ({
  name: holder.name,
  regularEmployee: holder.regularEmployee,
});

/** The stored draft as the form shows it. */
export function formOfDraft(draft: PlanDraftPartsFragment): PlanForm {
  return {
    type: draft.type,
    start: draft.period.start || null,
    end: draft.period.end || null,
    specialReason: draft.period.specialReason ?? '',
    submittedOn: draft.submittedOn ?? null,
    jobCardIssuedOn: draft.jobCardIssuedOn ?? null,
    newGraduateWithoutJobCard: draft.newGraduateWithoutJobCard,
    curriculum: draft.curriculum.map((row, key) => ({
      key,
      kind: row.kind,
      name: row.name,
      content: row.content,
      hours: Math.floor(row.minutes / 60),
      minutes: row.minutes % 60,
      offJtDelivery: row.offJtDelivery ?? null,
      provider: row.provider ?? '',
      unitMinutes: row.unitMinutes ?? null,
      lecturerBasis: row.lecturerBasis ?? null,
      lecturerExperienceYears: row.lecturerExperienceYears ?? null,
    })),
    roles: {
      trainingLead: role(draft.roles.trainingLead),
      trainer: role(draft.roles.trainer),
      evaluationLead: role(draft.roles.evaluationLead),
      evaluator: role(draft.roles.evaluator),
    },
    roleOverrideReason: draft.roleOverrideReason ?? '',
    postCompletionHandling: draft.postCompletionHandling ?? '',
    sendingCompanyName: draft.sendingCompanyName ?? '',
    hostCompanyName: draft.hostCompanyName ?? '',
    careerUpStart: draft.careerUpPlan?.start ?? null,
    careerUpEnd: draft.careerUpPlan?.end ?? null,
    careerUpMeasures: draft.careerUpPlan?.measures.join('\n') ?? '',
  };
}
