import { selectedFieldsAt } from '@kakehashi/talent-bank';
import type { GraphQLResolveInfo } from 'graphql';
import { NON_PERSONAL_PLAN_FIELDS } from '../training-plans/training-plan.model';

/** The personal-data fields of TrainingPlan a request selected (see NON_PERSONAL_PLAN_FIELDS): what the log names. */
export function planFieldsSelected(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>,
  path: readonly string[] = [],
): string[] {
  return selectedFieldsAt(info, path).filter((field) => !NON_PERSONAL_PLAN_FIELDS.has(field));
}
