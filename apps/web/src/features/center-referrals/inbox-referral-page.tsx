import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@kakehashi/web-ui';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import {
  AcceptCenterReferralDocument,
  AssignCenterReferralDocument,
  ReturnCenterReferralDocument,
  type CenterReferralDetailFragment,
} from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { centerReferralMessages } from './messages';
import { ReferralContent, ReferralDuplicates, ReferralHistory } from './referral-detail';
import { ReferralHeader, ReferralPageFrame } from './referral-page-frame';
import { AssignDialog, ReturnDialog } from './review-dialogs';
import type { ReferralReference } from './use-referral-reference';

const route = getRouteApi('/signed-in/inbox/referrals/$referralId');
const text = centerReferralMessages.single;

/** One forwarded referral for headquarters: its content, duplicates side by side, history; accept, return, assign. */
export function InboxReferralPage() {
  const { referralId } = route.useParams();
  return (
    <ReferralPageFrame referralId={referralId} backTo="/inbox/referrals">
      {(referral, reference) => (
        <>
          <ReferralHeader title={referral.clientName} />
          <ReviewActions referral={referral} reference={reference} />
          <ReferralDuplicates referral={referral} reference={reference} />
          <ReferralContent referral={referral} reference={reference} />
          <ReferralHistory referral={referral} />
        </>
      )}
    </ReferralPageFrame>
  );
}

/**
 * Headquarters' three actions at the version shown; the API decides whether the referral's status allows each and
 * says why not (another user's newer version included).
 */
function ReviewActions({
  referral,
  reference,
}: {
  referral: CenterReferralDetailFragment;
  reference: ReferralReference;
}) {
  const apollo = useApolloClient();
  const [accept, accepting] = useMutation(AcceptCenterReferralDocument);
  const [giveBack] = useMutation(ReturnCenterReferralDocument);
  const [assign] = useMutation(AssignCenterReferralDocument);
  const [open, setOpen] = useState<'return' | 'assign' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ApiErrorInfo | null>(null);
  const version = { id: referral.id, expectedVersion: referral.version };

  /** Runs an action; a field error goes back to the dialog, any other refusal is shown above the buttons. */
  async function act(work: () => Promise<unknown>, message: string): Promise<ApiErrorInfo | null> {
    try {
      await work();
      setRefusal(null);
      setDone(message);
      return null;
    } catch (error) {
      const info = apiErrorOf(error);
      if (!info) throw error;
      if (info.fields.length) return info;
      setOpen(null);
      setRefusal(info);
      return null;
    }
  }

  const officeName = (id: string) => reference.offices.find((o) => o.value === id)?.label ?? '';
  return (
    <section aria-labelledby="review-actions" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="review-actions" className="mb-4 text-xl font-bold">
        {text.actions}
      </h2>
      <div role="status">{done ? <p className="mb-4 font-bold">{done}</p> : null}</div>
      {refusal ? (
        <div role="alert" className="mb-4 rounded-8 border-2 border-error-1 bg-white p-4">
          <p className="font-bold text-error-1">{centerReferralMessages.bulk.failed}</p>
          <p className="mt-1">{refusal.message}</p>
          {refusal.code === 'CONFLICT' ? (
            // Another coordinator acted first: show what the referral is now before acting again.
            <Button
              className="mt-3"
              variant="secondary"
              onPress={() =>
                void apollo.refetchQueries({ include: ['CenterReferral'] }).then(() => setRefusal(null))
              }
            >
              {text.conflictReload}
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button
          isPending={accepting.loading}
          onPress={() => void act(() => accept({ variables: { input: version } }), text.accepted)}
        >
          {text.accept}
        </Button>
        <Button variant="secondary" onPress={() => setOpen('return')}>
          {text.return}
        </Button>
        <Button variant="secondary" onPress={() => setOpen('assign')}>
          {referral.assignedOffice ? text.reassign : text.assign}
        </Button>
      </div>
      <ReturnDialog
        isOpen={open === 'return'}
        onClose={() => setOpen(null)}
        target={referral.clientName}
        onSubmit={(reason) =>
          act(() => giveBack({ variables: { input: { ...version, reason } } }), text.returned)
        }
      />
      <AssignDialog
        isOpen={open === 'assign'}
        onClose={() => setOpen(null)}
        target={referral.clientName}
        offices={reference.offices}
        onSubmit={(officeId) =>
          act(
            () => assign({ variables: { input: { ...version, officeId } } }),
            text.assigned(officeName(officeId)),
          )
        }
      />
    </section>
  );
}
