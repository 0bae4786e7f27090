import { useQuery } from '@apollo/client/react';
import type { Option } from '@kakehashi/web-ui';
import { useMemo } from 'react';
import { CompanyReferenceListsDocument } from '../../gql/graphql';
import { useEnumOptions } from '../../shared/enum-labels';

export interface CompanyReferenceLists {
  industries: Option[];
  prefectures: Option[];
  offices: Option[];
  sizes: Option[];
  /** The label of a field's stored value (a code or an id), as the user reads it. */
  labelOf: (list: 'industries' | 'prefectures' | 'offices' | 'sizes', value: string) => string;
}

/**
 * The lists a company's industry, prefecture, office and size are chosen from, as the API gives them (JSIC major
 * groups, the 47 prefectures, the Center's offices, the enum's labelled sizes). Reference data: read once per session
 * from the cache.
 */
export function useCompanyReferenceLists(): { lists: CompanyReferenceLists | null; error: unknown } {
  const { data, error } = useQuery(CompanyReferenceListsDocument, { fetchPolicy: 'cache-first' });
  const sizes = useEnumOptions('CompanySize');
  const lists = useMemo(() => {
    if (!data) return null;
    const all = {
      industries: data.jsicMajorGroups.map((each) => ({
        value: each.code,
        label: `${each.code} ${each.nameJa}`,
      })),
      prefectures: data.prefectures.map((each) => ({ value: each.code, label: each.nameJa })),
      offices: data.offices.map((each) => ({ value: each.id, label: each.nameJa })),
      sizes,
    };
    const labelOf: CompanyReferenceLists['labelOf'] = (list, value) =>
      all[list].find((option) => option.value === value)?.label ?? value;
    return { ...all, labelOf };
  }, [data, sizes]);
  return { lists, error };
}
