import { CheckboxGroup, TextField } from '@kakehashi/web-ui';
import { useState } from 'react';
import { CorrectCaseEstablishmentDocument } from '../../../gql/graphql';
import { useCasePage } from '../case-context';
import { DateField } from '../fields';
import { fieldId, useCommandForm } from '../form-kit';
import { caseMessages } from '../messages';
import { dayOrNull } from '../records/record-values';
import type { DialogProps } from './dialog-props';
import { DialogForm } from './dialog-form';

/** A correction of the people established (a withdrawal, a late start), recorded as such, never a silent edit. */
export function CorrectionDialog({ isOpen, onOpenChange, onDone }: DialogProps) {
  const text = caseMessages.correction;
  const { kase } = useCasePage();
  const [occurredOn, setOccurredOn] = useState('');
  const [withdrawn, setWithdrawn] = useState<string[]>([]);
  const [added, setAdded] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const form = useCommandForm('correction', CorrectCaseEstablishmentDocument, (field) => {
    const list = /^input\.(withdrawnWorkerIds|addedWorkerIds)/.exec(field)?.[1];
    return fieldId('correction', list ? `input.${list}` : field);
  });
  const listError = (key: string) =>
    form.failure?.fields
      .filter((each) => each.field.startsWith(`input.${key}`))
      .map((each) => each.message)
      .join(' ') || undefined;
  const established = kase.workers.filter((worker) => worker.established);
  const notStarted = kase.workers.filter((worker) => !worker.established && !worker.withdrawnOn);
  async function submit() {
    if (
      await form.run({
        occurredOn: dayOrNull(occurredOn) ?? '',
        withdrawnWorkerIds: withdrawn,
        addedWorkerIds: added,
        reason,
      })
    ) {
      setOccurredOn('');
      setWithdrawn([]);
      setAdded([]);
      setReason('');
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
      <p>{text.lead}</p>
      <DateField
        id={form.idFor('occurredOn')}
        label={text.occurredOn}
        isRequired
        value={occurredOn}
        onChange={setOccurredOn}
        errorMessage={form.errorFor('occurredOn')}
      />
      {established.length ? (
        <CheckboxGroup
          id={form.idFor('withdrawnWorkerIds')}
          label={text.withdrawn}
          options={established.map((worker) => ({ value: worker.id, label: worker.label }))}
          value={withdrawn}
          onChange={setWithdrawn}
          errorMessage={listError('withdrawnWorkerIds')}
        />
      ) : null}
      {notStarted.length ? (
        <CheckboxGroup
          id={form.idFor('addedWorkerIds')}
          label={text.added}
          options={notStarted.map((worker) => ({ value: worker.id, label: worker.label }))}
          value={added}
          onChange={setAdded}
          errorMessage={listError('addedWorkerIds')}
        />
      ) : null}
      <TextField
        id={form.idFor('reason')}
        label={text.reason}
        isRequired
        multiline
        value={reason}
        onChange={setReason}
        errorMessage={form.errorFor('reason')}
      />
    </DialogForm>
  );
}
