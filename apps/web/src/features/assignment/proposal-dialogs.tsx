import { useMutation } from '@apollo/client/react';
import { Button, Dialog, ErrorSummary, Select, TextField } from '@kakehashi/web-ui';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import {
  DismissProposalDocument,
  TakeUpProposalDocument,
  type MatchDismissalReason,
  type ProposalOffersFragment,
} from '../../gql/graphql';
import { apiErrorOf, fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
// The same problem shapes and busy note as the matching screens' dialogs.
import { BusyNote, localProblem, problemsOf } from '../matching/form-problems';
import { assignmentMessages } from './messages';

const m = assignmentMessages;

/** Both offers of a proposal in words: 会社「職種」. */
export function offerNames(proposal: ProposalOffersFragment): { sending: string; receiving: string } {
  return {
    sending: m.report.offerLine(proposal.sendingOffer.company.legalName, proposal.sendingOffer.jobTitle),
    receiving: m.report.offerLine(
      proposal.receivingOffer.company.legalName,
      proposal.receivingOffer.jobTitle,
    ),
  };
}

const TAKE_UP_FIELDS: Record<string, string> = {
  'input.people': 'take-up-people',
  'input.note': 'take-up-note',
};

/** Takes a proposal up (recorded with the run it came from, who decided and how many people). */
export function TakeUpProposalDialog({
  proposal,
  runId,
  onClose,
  onDone,
}: {
  proposal: ProposalOffersFragment;
  runId: string;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const text = m.takeUp;
  const names = offerNames(proposal);
  const [people, setPeople] = useState('');
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [takeUp, { loading }] = useMutation(TakeUpProposalDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const typed = people.normalize('NFKC').trim();
    if (typed && !/^\d+$/.test(typed)) {
      setFailure(localProblem('input.people', text.wholeNumber));
      return;
    }
    try {
      await takeUp({
        variables: {
          input: {
            sendingOfferId: proposal.sendingOfferId,
            receivingOfferId: proposal.receivingOfferId,
            people: typed ? Number(typed) : proposal.people,
            note: note.trim() || null,
            assignmentRunId: runId,
          },
        },
      });
      await onDone();
    } catch (error) {
      setFailure(apiErrorOf(error) ?? localProblem(null, text.failed));
    }
  }

  return (
    <Dialog title={text.title} isOpen onOpenChange={(open) => (open ? undefined : onClose())}>
      <p className="mb-4 [word-break:auto-phrase]">{text.body(names.sending, names.receiving)}</p>
      <ErrorSummary title={text.failed} problems={problemsOf(failure, TAKE_UP_FIELDS)} />
      <Form
        onSubmit={(event) => void submit(event)}
        className="mt-4 flex flex-col gap-4"
        validationBehavior="aria"
      >
        <TextField
          id="take-up-people"
          label={text.people}
          inputMode="numeric"
          description={text.peopleHint(proposal.people)}
          value={people}
          onChange={setPeople}
          errorMessage={fieldMessage(failure, 'input.people')}
        />
        <TextField
          id="take-up-note"
          label={text.note}
          multiline
          value={note}
          onChange={setNote}
          errorMessage={fieldMessage(failure, 'input.note')}
        />
        <BusyNote busy={loading} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit">{text.submit}</Button>
          <Button variant="secondary" onPress={onClose}>
            {text.cancel}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}

const DISMISS_FIELDS: Record<string, string> = {
  'input.reasonCode': 'dismiss-reason',
  'input.reason': 'dismiss-details',
};

/** Dismisses a proposal with a reason (the API asks for details when the reason is その他). */
export function DismissProposalDialog({
  proposal,
  onClose,
  onDone,
}: {
  proposal: ProposalOffersFragment;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const text = m.dismiss;
  const names = offerNames(proposal);
  const reasons = useEnumOptions('MatchDismissalReason');
  const [reasonCode, setReasonCode] = useState<MatchDismissalReason | null>(null);
  const [details, setDetails] = useState('');
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [dismiss, { loading }] = useMutation(DismissProposalDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!reasonCode) {
      setFailure(localProblem('input.reasonCode', text.chooseReason));
      return;
    }
    try {
      await dismiss({
        variables: {
          input: {
            sendingOfferId: proposal.sendingOfferId,
            receivingOfferId: proposal.receivingOfferId,
            reasonCode,
            reason: details.trim() || null,
          },
        },
      });
      await onDone();
    } catch (error) {
      setFailure(apiErrorOf(error) ?? localProblem(null, text.failed));
    }
  }

  return (
    <Dialog title={text.title} isOpen onOpenChange={(open) => (open ? undefined : onClose())}>
      <p className="mb-4 [word-break:auto-phrase]">{text.body(names.sending, names.receiving)}</p>
      <ErrorSummary title={text.failed} problems={problemsOf(failure, DISMISS_FIELDS)} />
      <Form
        onSubmit={(event) => void submit(event)}
        className="mt-4 flex flex-col gap-4"
        validationBehavior="aria"
      >
        <Select
          id="dismiss-reason"
          label={text.reason}
          isRequired
          value={reasonCode}
          onChange={(value) => setReasonCode(value as MatchDismissalReason | null)}
          options={reasons}
          errorMessage={fieldMessage(failure, 'input.reasonCode')}
        />
        <TextField
          id="dismiss-details"
          label={text.details}
          description={text.detailsHint}
          multiline
          value={details}
          onChange={setDetails}
          errorMessage={fieldMessage(failure, 'input.reason')}
        />
        <BusyNote busy={loading} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="danger">
            {text.submit}
          </Button>
          <Button variant="secondary" onPress={onClose}>
            {text.cancel}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
