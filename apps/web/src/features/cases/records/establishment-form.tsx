import { CheckboxGroup } from '@kakehashi/web-ui';
import { useState } from 'react';
import { RecordCaseEstablishmentDocument } from '../../../gql/graphql';
import { useCasePage } from '../case-context';
import { fieldId, useCommandForm } from '../form-kit';
import { FormFrame } from '../form-frame';
import { DateField } from '../fields';
import { caseMessages } from '../messages';
import { dayOrNull } from './record-values';

const text = caseMessages.establishment;

/** 成立: the day the secondment started (STEP5) or the worker was hired, and who. It moves the case on. */
export function EstablishmentForm() {
  const { kase } = useCasePage();
  const secondment = kase.moveType === 'SECONDMENT';
  const [establishedOn, setEstablishedOn] = useState('');
  const [workerIds, setWorkerIds] = useState<string[]>([]);
  const form = useCommandForm('establishment', RecordCaseEstablishmentDocument, (field) =>
    field.startsWith('input.workerIds')
      ? fieldId('establishment', 'input.workerIds')
      : fieldId('establishment', field),
  );
  const candidates = kase.workers.filter((worker) => !worker.withdrawnOn);
  const workersError = form.failure?.fields
    .filter((each) => each.field.startsWith('input.workerIds'))
    .map((each) => each.message)
    .join(' ');
  return (
    <FormFrame
      prefix={form.prefix}
      heading={secondment ? text.secondmentHeading : text.transferHeading}
      failure={form.failure}
      problems={form.problems}
      onReload={() => void form.reload()}
      done={form.doneAt ? text.done : null}
      running={form.running}
      failedTitle={text.failed}
      submitLabel={text.submit}
      onSubmit={() => void form.run({ establishedOn: dayOrNull(establishedOn) ?? '', workerIds })}
    >
      <DateField
        id={form.idFor('establishedOn')}
        label={secondment ? text.establishedOnSecondment : text.establishedOnTransfer}
        isRequired
        value={establishedOn}
        onChange={setEstablishedOn}
        errorMessage={form.errorFor('establishedOn')}
      />
      <CheckboxGroup
        id={form.idFor('workerIds')}
        label={text.workers}
        description={text.workersHint}
        options={candidates.map((worker) => ({
          value: worker.id,
          label: worker.consentOn ? worker.label : `${worker.label}${text.noConsent}`,
        }))}
        value={workerIds}
        onChange={setWorkerIds}
        errorMessage={workersError || undefined}
      />
    </FormFrame>
  );
}
