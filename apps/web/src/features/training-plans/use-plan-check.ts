import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { PlanCheckDocument, type PlanValidationPartsFragment } from '../../gql/graphql';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { toDraftInput, type PlanForm } from './plan-form';

// Long enough not to ask on every keystroke, short enough to feel live.
const CHECK_DELAY_MS = 400;

/**
 * The API's judgement of the draft as typed (validateTrainingPlan: nothing is stored). While a newer draft is being
 * checked the last answer stays on screen (`checking` says a new one is coming), so the page does not flicker.
 */
export function usePlanCheck(
  form: PlanForm,
  stored: PlanValidationPartsFragment | null,
): { validation: PlanValidationPartsFragment | null; checking: boolean } {
  const input = useMemo(() => toDraftInput(form), [form]);
  const settled = useDebouncedValue(input, CHECK_DELAY_MS);
  const { data, previousData, loading } = useQuery(PlanCheckDocument, {
    variables: { input: settled },
    fetchPolicy: 'network-only',
  });
  const validation = (data ?? previousData)?.validateTrainingPlan ?? stored;
  return { validation, checking: loading || settled !== input };
}
