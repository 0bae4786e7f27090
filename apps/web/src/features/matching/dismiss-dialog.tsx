import { useMutation } from '@apollo/client/react';
import { Button, Dialog, ErrorSummary, Select, TextField } from '@kakehashi/web-ui';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { DismissMatchDocument, type MatchDismissalReason, type MatchPairInput } from '../../gql/graphql';
import { apiErrorOf, fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import { BusyNote, localProblem, problemsOf } from './form-problems';
import type { RankedMatch } from './match-view';
import { matchingMessages } from './messages';

const text = matchingMessages.dismiss;

const FIELD_IDS: Record<string, string> = {
  'input.reasonCode': 'dismiss-reason',
  'input.reason': 'dismiss-details',
};

/** Dismisses a counterpart with a reason (the API asks for details when the reason is その他). */
export function DismissDialog({
  match,
  pair,
  onClose,
  onDismissed,
}: {
  match: RankedMatch;
  pair: MatchPairInput;
  onClose: () => void;
  onDismissed: (match: RankedMatch) => Promise<void>;
}) {
  const reasons = useEnumOptions('MatchDismissalReason');
  const [reasonCode, setReasonCode] = useState<MatchDismissalReason | null>(null);
  const [details, setDetails] = useState('');
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [dismiss, { loading }] = useMutation(DismissMatchDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!reasonCode) {
      setFailure(localProblem('input.reasonCode', text.chooseReason));
      return;
    }
    try {
      await dismiss({ variables: { input: { ...pair, reasonCode, reason: details.trim() || null } } });
      await onDismissed(match);
    } catch (error) {
      setFailure(apiErrorOf(error) ?? localProblem(null, text.failed));
    }
  }

  return (
    <Dialog title={text.title} isOpen onOpenChange={(open) => (open ? undefined : onClose())}>
      <p className="mb-4 [word-break:auto-phrase]">{text.body(match.company, match.jobTitle)}</p>
      <ErrorSummary title={text.failed} problems={problemsOf(failure, FIELD_IDS)} />
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
