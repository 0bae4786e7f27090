import { RadioGroup, TextField } from '@kakehashi/web-ui';
import { useState } from 'react';
import { EndCaseNotEstablishedDocument, type NotEstablishedReason } from '../../../gql/graphql';
import { useEnumOptions } from '../../../shared/enum-labels';
import { DateField } from '../fields';
import { useCommandForm } from '../form-kit';
import { caseMessages } from '../messages';
import { dayOrNull, orNull } from '../records/record-values';
import type { DialogProps } from './dialog-props';
import { DialogForm } from './dialog-form';

/** Ending the case as not established (不成立), with the reason the statistics and the history keep. */
export function NotEstablishedDialog({ isOpen, onOpenChange, onDone }: DialogProps) {
  const text = caseMessages.notEstablished;
  const reasonsOptions = useEnumOptions('NotEstablishedReason');
  const [reasonCode, setReasonCode] = useState<NotEstablishedReason | null>(null);
  const [reason, setReason] = useState('');
  const [endedOn, setEndedOn] = useState('');
  const form = useCommandForm('not-established', EndCaseNotEstablishedDocument);
  async function submit() {
    if (!reasonCode) {
      form.fail([{ field: 'input.reasonCode', message: `${text.reasonCode}を選んでください。` }]);
      return;
    }
    if (await form.run({ reasonCode, reason: orNull(reason), endedOn: dayOrNull(endedOn) })) {
      onOpenChange(false);
      onDone(text.done);
    }
  }
  return (
    <DialogForm
      title={text.title}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      failedTitle={text.failed}
      submitLabel={text.submit}
      cancelLabel={text.cancel}
      onSubmit={() => void submit()}
    >
      <RadioGroup
        id={form.idFor('reasonCode')}
        label={text.reasonCode}
        isRequired
        options={reasonsOptions}
        value={reasonCode}
        onChange={(value) => setReasonCode(value as NotEstablishedReason)}
        errorMessage={form.errorFor('reasonCode')}
      />
      <TextField
        id={form.idFor('reason')}
        label={text.reason}
        description={text.reasonHint}
        multiline
        value={reason}
        onChange={setReason}
        errorMessage={form.errorFor('reason')}
      />
      <DateField
        id={form.idFor('endedOn')}
        label={text.endedOn}
        description={text.endedOnHint}
        value={endedOn}
        onChange={setEndedOn}
        errorMessage={form.errorFor('endedOn')}
      />
    </DialogForm>
  );
}
