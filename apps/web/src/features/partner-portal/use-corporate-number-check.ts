import { useQuery } from '@apollo/client/react';
import { CheckCorporateNumberDocument } from '../../gql/graphql';
import { useDebouncedValue } from '../../shared/use-debounced-value';

export interface CorporateNumberCheck {
  checking: boolean;
  /** The API's message when the number is wrong (digits or check digit). */
  message: string | null;
  valid: boolean;
}

/**
 * The API's verdict on a 法人番号 as it is typed: asked once typing pauses and all 13 digits are there (or the field
 * was left), so a half-typed number is not called wrong. The rule and its words stay on the server.
 */
export function useCorporateNumberCheck(value: string, left: boolean): CorporateNumberCheck {
  const settled = useDebouncedValue(value.trim(), 300);
  const digits = settled.match(/\p{Nd}/gu)?.length ?? 0;
  const ask = settled !== '' && (left || digits >= 13);
  const { data, loading } = useQuery(CheckCorporateNumberDocument, {
    variables: { corporateNumber: settled },
    skip: !ask,
    fetchPolicy: 'cache-first',
  });
  const current = ask && settled === value.trim() ? data?.checkCorporateNumber : undefined;
  return {
    checking: ask && loading,
    message: current && !current.valid ? (current.message ?? null) : null,
    valid: Boolean(current?.valid),
  };
}
