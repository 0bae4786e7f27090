import type { ApiErrorInfo } from '../../shared/api-errors';

// Which input shows a problem the API names (`input.trainees.0.offJtMinutes`, or `training.…` when attaching):
// the element ids of the estimate forms. Minutes are typed as hours and minutes: the hours field carries the message.

const FIXED: Record<string, string> = {
  rateTableId: 'sb-table',
  companySize: 'sb-size',
  productivityUplift: 'sb-uplift',
  trainees: 'sb-add-trainee',
  applicationOn: 'sb-application-on',
  alreadyAppliedThisFiscalYear: 'sb-already',
  conversions: 'sb-add-person',
};

const TRAINEE: Record<string, string> = {
  name: 'name',
  offJtMinutes: 'offjt-h',
  ojtMinutes: 'ojt-h',
  costBorneYen: 'cost',
};

const PERSON: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  convertedOn: 'converted-on',
  dispatchedWorkerHiredByClient: 'dispatched',
};

export const traineeFieldId = (index: number, field: keyof typeof TRAINEE) =>
  `sb-t-${index}-${TRAINEE[field]}`;
export const personFieldId = (index: number, field: keyof typeof PERSON) => `sb-p-${index}-${PERSON[field]}`;

/** The element id of an API field path, or undefined when no input shows it (the summary then lists it alone). */
export function subsidyFieldId(apiField: string): string | undefined {
  const path = apiField.replace(/^(input|training|conversion)\./, '');
  if (FIXED[path]) return FIXED[path];
  const row = /^(trainees|conversions)\.(\d+)\.(\w+)$/.exec(path);
  if (!row) return undefined;
  const [, list, index, field] = row;
  const names = list === 'trainees' ? TRAINEE : PERSON;
  const prefix = list === 'trainees' ? 'sb-t' : 'sb-p';
  return names[field] ? `${prefix}-${index}-${names[field]}` : undefined;
}

/** The message the API (or the form) gave for the input with this element id, if any. */
export function fieldErrorsOf(failure: ApiErrorInfo | null) {
  return (elementId: string): string | undefined =>
    failure?.fields.find((each) => subsidyFieldId(each.field) === elementId)?.message;
}
