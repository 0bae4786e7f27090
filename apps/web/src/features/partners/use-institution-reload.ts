import { useApolloClient } from '@apollo/client/react';
import { PartnerInstitutionDocument, type PartnerInstitutionQuery } from '../../gql/graphql';
import type { RecordValues } from '../../shared/record-conflict';
import type { LoadedRecord } from '../../shared/record-form/use-record-form';

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

/**
 * One of the institution's records (a branch, contact or agreement) as stored now, in its form's terms: what a stale
 * edit of it is compared with.
 */
export function recordReload<R extends { id: string; version: number }, K extends string>(
  reload: () => Promise<InstitutionDetail>,
  record: { id: string; what: string },
  listOf: (institution: InstitutionDetail) => readonly R[],
  valuesOf: (record: R) => RecordValues<K>,
): () => Promise<LoadedRecord<K>> {
  return async () => {
    const latest = listOf(await reload()).find((each) => each.id === record.id);
    if (!latest) throw new Error(`the ${record.what} could not be read again`);
    return { values: valuesOf(latest), version: latest.version };
  };
}
