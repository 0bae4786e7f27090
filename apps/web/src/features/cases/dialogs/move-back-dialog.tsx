import { Select, TextField } from '@kakehashi/web-ui';
import { useState } from 'react';
import { MoveCaseBackDocument, type CaseStage } from '../../../gql/graphql';
import { useEnumLabel } from '../../../shared/enum-labels';
import { useCasePage } from '../case-context';
import { useCommandForm } from '../form-kit';
import { caseMessages } from '../messages';
import type { DialogProps } from './dialog-props';
import { DialogForm } from './dialog-form';

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
