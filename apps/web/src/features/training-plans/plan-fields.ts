// Where the API's field paths show on the plan page. The live check names draft paths (`period.end`,
// `curriculum.2.minutes`); a refused save names them under `draft.` (and `input.` in some layers); a refused acceptance
// adds `traineeFacts.…`. All land on the same inputs.

export interface FieldFinding {
  field?: string | null;
  message: string;
}

interface ApiField {
  field: string;
  message: string;
}

/** `input.draft.curriculum.0.minutes` → `curriculum.0.minutes`. */
export function draftPath(apiField: string): string {
  return apiField.replace(/^input\./, '').replace(/^draft\./, '');
}

const TOP_LEVEL: Record<string, string> = {
  type: 'plan-type',
  period: 'plan-start',
  'period.start': 'plan-start',
  'period.end': 'plan-end',
  'period.specialReason': 'plan-special-reason',
  submittedOn: 'plan-submitted-on',
  jobCardIssuedOn: 'plan-job-card-issued-on',
  newGraduateWithoutJobCard: 'plan-new-graduate',
  curriculum: 'plan-curriculum',
  roles: 'plan-roles',
  roleOverrideReason: 'plan-role-override-reason',
  postCompletionHandling: 'plan-post-completion',
  sendingCompanyName: 'plan-sending-company',
  hostCompanyName: 'plan-host-company',
  careerUpPlan: 'plan-career-up-start',
  'careerUpPlan.start': 'plan-career-up-start',
  'careerUpPlan.end': 'plan-career-up-end',
  'careerUpPlan.measures': 'plan-career-up-measures',
  traineeName: 'plan-trainee-name',
  companyId: 'plan-company',
  registrantId: 'plan-registrant',
};

/** The curriculum row's input for a row path; `minutes` is typed as hours and minutes, so it points at the hours. */
const rowFieldId = (index: string, property: string) =>
  `plan-row-${index}-${property === 'minutes' ? 'hours' : property}`;

/** The input's id for an API field, or undefined when the page has no input for it (it stays in the summary). */
export function planFieldId(apiField: string): string | undefined {
  const path = draftPath(apiField);
  const row = /^curriculum\.(\d+)\.(\w+)$/.exec(path);
  if (row) return rowFieldId(row[1], row[2]);
  if (/^curriculum\.\d+$/.test(path)) return rowFieldId(path.split('.')[1], 'name');
  const roleMatch = /^roles\.(\w+)(?:\.(name|regularEmployee))?$/.exec(path);
  if (roleMatch)
    return `plan-role-${roleMatch[1]}-${roleMatch[2] === 'regularEmployee' ? 'regular' : 'name'}`;
  if (path.startsWith('traineeFacts')) return 'plan-eligibility-field';
  return TOP_LEVEL[path];
}

/**
 * The messages to show beside one input: every finding whose field lands on that input, joined. The input's id is
 * the key so that, e.g., `roles.trainer` and `roles.trainer.name` both show under the trainer's name.
 */
export function messagesByInput(findings: readonly FieldFinding[]): Map<string, string> {
  const byInput = new Map<string, string[]>();
  for (const finding of findings) {
    const id = finding.field ? planFieldId(finding.field) : undefined;
    if (!id) continue;
    byInput.set(id, [...(byInput.get(id) ?? []), finding.message]);
  }
  return new Map([...byInput].map(([id, messages]) => [id, [...new Set(messages)].join(' ')]));
}

/**
 * A refused acceptance (or log save) lists the rules' findings in `extensions.findings`; they become the refusal's
 * fields, so each is shown beside its input and linked from the summary like any refused field.
 */
export function withFindings<T extends { fields: ApiField[]; extensions?: Record<string, unknown> }>(
  info: T,
): T {
  const findings = info.extensions?.['findings'];
  if (info.fields.length || !Array.isArray(findings)) return info;
  const fields = (findings as { field?: unknown; message?: unknown }[])
    .filter((each) => typeof each.message === 'string')
    .map((each) => ({
      field: typeof each.field === 'string' ? each.field : '',
      message: String(each.message),
    }));
  return { ...info, fields };
}
