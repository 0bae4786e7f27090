import { Select, TextField } from '@kakehashi/web-ui';
import { useState, type ReactNode } from 'react';
import type { MatchDismissalReason } from '../gql/graphql';
import { fieldMessage } from './api-errors';
import { DialogForm, type DialogFormText } from './dialog-form';
import { useEnumOptions } from './enum-labels';
import { useActionFailure } from './form-problems';

const FIELD_IDS: Record<string, string> = {
  'input.reasonCode': 'dismiss-reason',
  'input.reason': 'dismiss-details',
};

/** The wording of a dismissal, from the feature's own messages. */
export interface DismissText extends DialogFormText {
  reason: string;
  chooseReason: string;
  details: string;
  detailsHint: string;
  busy: string;
}

export interface DismissChoice {
  reasonCode: MatchDismissalReason;
  /** The details, or null when none were typed. */
  reason: string | null;
}

/**
 * Dismisses a pair of offers with a reason (the API asks for details when the reason is その他). `dismiss` sends it
 * and throws the API's refusal, which the dialog then shows at its fields.
 */
export function DismissWithReasonDialog({
  text,
  intro,
  onClose,
  dismiss,
}: {
  text: DismissText;
  intro: ReactNode;
  onClose: () => void;
  dismiss: (choice: DismissChoice) => Promise<void>;
}) {
  const reasons = useEnumOptions('MatchDismissalReason');
  const [reasonCode, setReasonCode] = useState<MatchDismissalReason | null>(null);
  const [details, setDetails] = useState('');
  const { failure, refuse, attempt } = useActionFailure(text.failed);

  async function submit() {
    if (!reasonCode) return refuse('input.reasonCode', text.chooseReason);
    await attempt(() => dismiss({ reasonCode, reason: details.trim() || null }));
  }

  return (
    <DialogForm
      text={text}
      onClose={onClose}
      intro={intro}
      failure={failure}
      fieldIds={FIELD_IDS}
      submitVariant="danger"
      busyMessage={text.busy}
      onSubmit={submit}
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
    </DialogForm>
  );
}
