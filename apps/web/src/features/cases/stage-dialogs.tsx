import { CheckboxGroup, RadioGroup, Select, TextField } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  CorrectCaseEstablishmentDocument,
  EndCaseNotEstablishedDocument,
  MoveCaseBackDocument,
  type CaseStage,
  type NotEstablishedReason,
} from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../shared/enum-labels';
import { useCasePage } from './case-context';
import { DialogForm } from './dialog-form';
import { DateField, fieldId, useCommandForm } from './form-kit';
import { caseMessages } from './messages';
import { dayOrNull, orNull } from './records/record-values';

interface DialogProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** Told what happened once the API accepted it (the page announces it). */
  onDone: (message: string) => void;
}

/** Going back to an earlier stage (those the API offers now), with the reason the history keeps. */
export function MoveBackDialog({ isOpen, onOpenChange, onDone }: DialogProps) {
  const text = caseMessages.moveBack;
  const { kase } = useCasePage();
  const stageLabel = useEnumLabel('CaseStage');
  const labelOf = (stage: CaseStage) =>
    kase.stages.find((each) => each.stage === stage)?.label ?? stageLabel(stage);
  const [chosen, setToStage] = useState<string | null>(null);
  // The nearest earlier stage unless the user chose one the case still offers.
  const toStage =
    chosen && kase.moveBackStages.includes(chosen as CaseStage)
      ? chosen
      : (kase.moveBackStages.at(-1) ?? null);
  const [reason, setReason] = useState('');
  const form = useCommandForm('move-back', MoveCaseBackDocument);
  async function submit() {
    if (!toStage) {
      form.fail([{ field: 'input.toStage', message: `${text.toStage}を選んでください。` }]);
      return;
    }
    if (await form.run({ toStage: toStage as CaseStage, reason })) {
      setReason('');
      setToStage(null);
      onOpenChange(false);
      onDone(text.done(labelOf(toStage as CaseStage)));
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
      <Select
        id={form.idFor('toStage')}
        label={text.toStage}
        isRequired
        value={toStage}
        onChange={setToStage}
        options={kase.moveBackStages.map((stage) => ({ value: stage, label: labelOf(stage) }))}
        errorMessage={form.errorFor('toStage')}
      />
      <TextField
        id={form.idFor('reason')}
        label={text.reason}
        description={text.reasonHint}
        isRequired
        multiline
        value={reason}
        onChange={setReason}
        errorMessage={form.errorFor('reason')}
      />
    </DialogForm>
  );
}

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
