import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { EnumLabelsDocument } from '../gql/graphql';

/**
 * Japanese labels of the API's enum values, from the API (the browser keeps no copy of the domain's wording). Loaded
 * once when a signed-in page first opens (`preloadEnumLabels`), then read from Apollo's cache.
 */
export function preloadEnumLabels(client: ApolloClient): Promise<unknown> {
  return client.query({ query: EnumLabelsDocument, fetchPolicy: 'cache-first' });
}

/** `useEnumLabel('CaseStage')('STARTED')` → 「STEP5 出向の開始」. */
export function useEnumLabel(enumName: string): (value: string) => string {
  const { data } = useQuery(EnumLabelsDocument, { fetchPolicy: 'cache-first' });
  return useMemo(() => {
    const labels = new Map(
      data?.enumLabels.find((set) => set.name === enumName)?.values.map((each) => [each.value, each.label]),
    );
    return (value: string) => labels.get(value) ?? value;
  }, [data, enumName]);
}

/** The choices of an enum as options for a select, in the API's order. */
export function useEnumOptions(enumName: string): { value: string; label: string }[] {
  const { data } = useQuery(EnumLabelsDocument, { fetchPolicy: 'cache-first' });
  return useMemo(
    () =>
      data?.enumLabels
        .find((set) => set.name === enumName)
        ?.values.map((each) => ({ value: each.value, label: each.label })) ?? [],
    [data, enumName],
  );
}
