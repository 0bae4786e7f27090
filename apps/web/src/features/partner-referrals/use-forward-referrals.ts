import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ForwardPartnerReferralDocument, type PartnerReferralRowFragment } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { partnerReferralMessages } from './messages';

export interface ForwardRefusal {
  id: string;
  clientName: string;
  /** The API's own Japanese reason (status, version, permission). */
  message: string;
}

export interface ForwardOutcome {
  forwarded: string[];
  refused: ForwardRefusal[];
}

/**
 * Forwards the chosen referrals one by one through `forwardReferral`, each with the version the list showed, and
 * collects what succeeded and what the API refused with its reason. One refusal never stops the others.
 */
export function useForwardReferrals() {
  const [forward] = useMutation(ForwardPartnerReferralDocument);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<ForwardOutcome | null>(null);

  async function run(rows: PartnerReferralRowFragment[]): Promise<ForwardOutcome> {
    setPending(true);
    const result: ForwardOutcome = { forwarded: [], refused: [] };
    for (const row of rows) {
      try {
        await forward({ variables: { input: { id: row.id, expectedVersion: row.version } } });
        result.forwarded.push(row.clientName);
      } catch (error) {
        result.refused.push({
          id: row.id,
          clientName: row.clientName,
          message: apiErrorOf(error)?.message ?? partnerReferralMessages.forward.unknownReason,
        });
      }
    }
    setPending(false);
    setOutcome(result);
    return result;
  }

  return { run, pending, outcome, dismiss: () => setOutcome(null) };
}
