import { useQuery } from '@apollo/client/react';
import type { Option } from '@kakehashi/web-ui';
import { useMemo } from 'react';
import { PartnerReferenceListsDocument } from '../../gql/graphql';

export interface PartnerReferenceLists {
  prefectures: Option[];
  /** The regional offices (an agreement is with headquarters or one of these). */
  regionalOffices: Option[];
  prefectureName: (code: string) => string;
  officeName: (id: string) => string;
}

/** The 47 prefectures and the Center's regional offices, as the API gives them; read once per session. */
export function usePartnerReferenceLists(): { lists: PartnerReferenceLists | null; error: unknown } {
  const { data, error } = useQuery(PartnerReferenceListsDocument, { fetchPolicy: 'cache-first' });
  const lists = useMemo(() => {
    if (!data) return null;
    const prefectures = data.prefectures.map((each) => ({ value: each.code, label: each.nameJa }));
    const regionalOffices = data.offices
      .filter((office) => office.kind === 'REGIONAL')
      .map((each) => ({ value: each.id, label: each.nameJa }));
    const nameIn = (options: Option[]) => (value: string) =>
      options.find((option) => option.value === value)?.label ?? value;
    return {
      prefectures,
      regionalOffices,
      prefectureName: nameIn(prefectures),
      officeName: nameIn(data.offices.map((each) => ({ value: each.id, label: each.nameJa }))),
    };
  }, [data]);
  return { lists, error };
}
