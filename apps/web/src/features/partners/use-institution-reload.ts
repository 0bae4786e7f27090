import { useApolloClient } from '@apollo/client/react';
import { PartnerInstitutionDocument, type PartnerInstitutionQuery } from '../../gql/graphql';

export type InstitutionDetail = PartnerInstitutionQuery['partnerInstitution'];

/**
 * The institution as stored now (past the cache), for a stale edit's comparison; the page's own copy is refreshed
 * by the same read.
 */
export function useInstitutionReload(id: string, asOf: string): () => Promise<InstitutionDetail> {
  const apollo = useApolloClient();
  return async () => {
    const result = await apollo.query({
      query: PartnerInstitutionDocument,
      variables: { id, asOf },
      fetchPolicy: 'network-only',
    });
    if (!result.data) throw new Error('the institution could not be read again');
    return result.data.partnerInstitution;
  };
}
