import type { RecordValues } from '../../shared/record-conflict';
import { ROLE_KEYS, rowMinutes, type PlanForm } from './plan-form';
import { planMessages } from './messages';

// A stale save of the plan, compared part by part (the conflict panel's rows): what the user typed, what is stored now
// and what they started from. The values are the texts the panel shows; a part is the form's fields it covers.

export const PLAN_PARTS = [
  'traineeName',
  'type',
  'period',
  'specialReason',
  'submittedOn',
  'jobCardIssuedOn',
  'newGraduate',
  'curriculum',
  'roles',
  'roleOverrideReason',
  'postCompletionHandling',
  'dispatch',
  'careerUp',
] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

/** The plan as edited: its draft's form and the trainee's name (which sits beside the draft in the API). */
export interface PlanEdit {
  form: PlanForm;
  traineeName: string;
}

const FORM_FIELDS: Record<Exclude<PlanPart, 'traineeName'>, (keyof PlanForm)[]> = {
  type: ['type'],
  period: ['start', 'end'],
  specialReason: ['specialReason'],
  submittedOn: ['submittedOn'],
  jobCardIssuedOn: ['jobCardIssuedOn'],
  newGraduate: ['newGraduateWithoutJobCard'],
  curriculum: ['curriculum'],
  roles: ['roles'],
  roleOverrideReason: ['roleOverrideReason'],
  postCompletionHandling: ['postCompletionHandling'],
  dispatch: ['sendingCompanyName', 'hostCompanyName'],
  careerUp: ['careerUpStart', 'careerUpEnd', 'careerUpMeasures'],
};

const v = planMessages.values;
const r = planMessages.roles;

/** The texts of each part; `label` names an enum value (the API's labels). */
export function planValues(edit: PlanEdit, label: (value: string) => string): RecordValues<PlanPart> {
  const f = edit.form;
  const range = (from: string | null, to: string | null) => (from || to ? `${from ?? ''}〜${to ?? ''}` : '');
  return {
    traineeName: edit.traineeName,
    type: label(f.type),
    period: range(f.start, f.end),
    specialReason: f.specialReason,
    submittedOn: f.submittedOn ?? '',
    jobCardIssuedOn: f.jobCardIssuedOn ?? '',
    newGraduate: f.newGraduateWithoutJobCard ? v.yes : v.no,
    curriculum: f.curriculum
      .map((row) => `${v.row(label(row.kind), row.name, rowMinutes(row))}：${row.content}`)
      .join('／'),
    roles: ROLE_KEYS.map((key) => {
      const holder = f.roles[key];
      return `${r[key]} ${holder.name}${holder.regularEmployee ? `（${v.regular}）` : ''}`;
    }).join('、'),
    roleOverrideReason: f.roleOverrideReason,
    postCompletionHandling: f.postCompletionHandling,
    dispatch: [f.sendingCompanyName, f.hostCompanyName].filter(Boolean).join(' → '),
    careerUp: [range(f.careerUpStart, f.careerUpEnd), f.careerUpMeasures.replace(/\n/g, '、')]
      .filter(Boolean)
      .join(' '),
  };
}

/**
 * The user's changes laid over what is stored now: a part they changed keeps their value, every other part takes the
 * stored one (another person's change to a part the user left alone is kept).
 */
export function mergePlanEdits(
  base: PlanEdit,
  yours: PlanEdit,
  current: PlanEdit,
  label: (value: string) => string,
): PlanEdit {
  const [baseValues, yourValues] = [planValues(base, label), planValues(yours, label)];
  const changed = (part: PlanPart) => baseValues[part] !== yourValues[part];
  const form = { ...current.form };
  for (const [part, fields] of Object.entries(FORM_FIELDS) as [PlanPart, (keyof PlanForm)[]][]) {
    if (!changed(part)) continue;
    for (const field of fields) Object.assign(form, { [field]: yours.form[field] });
  }
  return { form, traineeName: changed('traineeName') ? yours.traineeName : current.traineeName };
}
