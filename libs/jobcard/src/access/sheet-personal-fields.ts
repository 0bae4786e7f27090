// Which of an evaluation sheet's personal data a GraphQL request selected: the trainee's name, the ratings (and what
// is computed from them) and the comments. Field names only; the access log never holds their values.
import { selectedFieldsAt } from '@kakehashi/talent-bank';
import type { GraphQLResolveInfo } from 'graphql';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>;

/** Everything an export writes out. */
export const SHEET_EXPORT_FIELDS = ['traineeName', 'ratings', 'comments'];

const RATING_FIELDS = ['ratings', 'ratingCounts', 'flaggedCriteria'];

/** The personal-data fields selected on a sheet (or a sheet summary) found at `path` below the resolved field. */
export function sheetFieldsSelected(info: Info, path: readonly string[] = []): string[] {
  const top = selectedFieldsAt(info, path);
  const fields: string[] = [];
  if (top.includes('traineeName') || selectedFieldsAt(info, [...path, 'header']).includes('traineeName')) {
    fields.push('traineeName');
  }
  if (top.includes('evaluations')) {
    const evaluation = selectedFieldsAt(info, [...path, 'evaluations']);
    if (evaluation.some((field) => RATING_FIELDS.includes(field))) fields.push('ratings');
  }
  if (top.includes('comments')) fields.push('comments');
  return fields;
}
