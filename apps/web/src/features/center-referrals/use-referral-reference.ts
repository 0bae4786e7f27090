import { useQuery } from '@apollo/client/react';
import { ReferralReferenceListsDocument } from '../../gql/graphql';

export interface ReferralReference {
  /** The regional offices a referral may be assigned to (the API refuses headquarters), as choices. */
  offices: { value: string; label: string }[];
  prefectureName: (code: string | null | undefined) => string;
  industryName: (code: string) => string;
}

/** The code lists the referral screens show names from; null while loading. */
export function useReferralReference(): ReferralReference | null {
  const { data, error } = useQuery(ReferralReferenceListsDocument);
  if (error) throw error;
  if (!data) return null;
  const prefectures = new Map(data.prefectures.map((p) => [p.code, p.nameJa]));
  const industries = new Map(data.jsicMajorGroups.map((g) => [g.code, g.nameJa]));
  return {
    offices: data.offices
      .filter((office) => office.kind === 'REGIONAL')
      .map((office) => ({ value: office.id, label: office.nameJa })),
    prefectureName: (code) => (code ? (prefectures.get(code) ?? code) : ''),
    industryName: (code) => industries.get(code) ?? code,
  };
}
