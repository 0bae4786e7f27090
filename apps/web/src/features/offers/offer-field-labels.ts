import { offersMessages, type OfferKind } from './messages';

const fields = offersMessages.fields;

/** A form value's name as the user knows the field (for "another user changed: 職種名、人数"). */
export function fieldLabels(kind: OfferKind, names: string[]): string[] {
  const labels: Record<string, string> = {
    ...Object.fromEntries(Object.entries(fields).filter(([, label]) => typeof label === 'string')),
    monthlyWage: fields.monthlyWage[kind],
    conditions: fields.conditions[kind],
  };
  return names.map((name) => labels[name] ?? name);
}
