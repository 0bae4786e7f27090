import { useQuery } from '@apollo/client/react';
import type { Option } from '@kakehashi/web-ui';
import { OfferReferenceDataDocument } from '../../gql/graphql';

export interface OfferReferenceOptions {
  offices: Option[];
  prefectures: (Option & { region: string })[];
  industries: Option[];
  occupations: Option[];
}

/** The code lists the filters and forms choose from (the API's, read once and cached). */
export function useOfferReferenceData(): OfferReferenceOptions | null {
  const { data } = useQuery(OfferReferenceDataDocument, { fetchPolicy: 'cache-first' });
  if (!data) return null;
  return {
    offices: data.offices.map((office) => ({ value: office.id, label: office.nameJa })),
    prefectures: data.prefectures.map((prefecture) => ({
      value: prefecture.code,
      label: prefecture.nameJa,
      region: prefecture.regionJa,
    })),
    industries: data.jsicMajorGroups.map((group) => ({
      value: group.code,
      label: `${group.code} ${group.nameJa}`,
    })),
    occupations: data.occupationMajorGroups.map((group) => ({
      value: group.code,
      label: `${group.code} ${group.nameJa}`,
    })),
  };
}
