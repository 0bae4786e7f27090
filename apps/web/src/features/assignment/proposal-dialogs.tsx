import { useMutation } from '@apollo/client/react';
import { TextField } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  DismissProposalDocument,
  TakeUpProposalDocument,
  type ProposalOffersFragment,
} from '../../gql/graphql';
import { fieldMessage } from '../../shared/api-errors';
import { DialogForm } from '../../shared/dialog-form';
import { DismissWithReasonDialog } from '../../shared/dismiss-with-reason';
import { useActionFailure } from '../../shared/form-problems';
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
  const { failure, refuse, attempt } = useActionFailure(text.failed);
  const [takeUp] = useMutation(TakeUpProposalDocument);

  async function submit() {
    const typed = people.normalize('NFKC').trim();
    if (typed && !/^\d+$/.test(typed)) return refuse('input.people', text.wholeNumber);
    await attempt(async () => {
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
    });
  }

  return (
    <DialogForm
      text={text}
      onClose={onClose}
      intro={text.body(names.sending, names.receiving)}
      failure={failure}
      fieldIds={TAKE_UP_FIELDS}
      busyMessage={m.busy}
      onSubmit={submit}
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
    </DialogForm>
  );
}

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
  const names = offerNames(proposal);
  const [dismiss] = useMutation(DismissProposalDocument);
  return (
    <DismissWithReasonDialog
      text={{ ...m.dismiss, busy: m.busy }}
      intro={m.dismiss.body(names.sending, names.receiving)}
      onClose={onClose}
      dismiss={async (choice) => {
        await dismiss({
          variables: {
            input: {
              sendingOfferId: proposal.sendingOfferId,
              receivingOfferId: proposal.receivingOfferId,
              ...choice,
            },
          },
        });
        await onDone();
      }}
    />
  );
}
