import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { EnumLabelsDocument, ReferralFormListsDocument } from '../../gql/graphql';
import type { ReferralFormLists } from './referral-form';

/**
 * The lists the referral form chooses from, as the API gives them: JSIC major groups, the prefectures, and the
 * labelled sizes and needs (a need's description says which information it becomes).
 */
export function useReferralFormLists(): { lists: ReferralFormLists | null; error: unknown } {
  const { data, error } = useQuery(ReferralFormListsDocument, { fetchPolicy: 'cache-first' });
  const labels = useQuery(EnumLabelsDocument, { fetchPolicy: 'cache-first' }).data;
  const lists = useMemo(() => {
    if (!data || !labels) return null;
    const options = (name: string, withDescription = false) =>
      labels.enumLabels
        .find((set) => set.name === name)
        ?.values.map((each) => ({
          value: each.value,
          label: withDescription && each.description ? `${each.label}（${each.description}）` : each.label,
        })) ?? [];
    return {
      industries: data.jsicMajorGroups.map((each) => ({
        value: each.code,
        label: `${each.code} ${each.nameJa}`,
      })),
      prefectures: data.prefectures.map((each) => ({ value: each.code, label: each.nameJa })),
      sizes: options('CompanySize'),
      needs: options('ReferralNeed', true),
    };
  }, [data, labels]);
  return { lists, error };
}
