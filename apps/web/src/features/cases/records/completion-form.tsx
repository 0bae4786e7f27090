import { RadioGroup, TextField } from '@kakehashi/web-ui';
import { useState } from 'react';
import { CompleteCaseDocument, type CompletionOutcome } from '../../../gql/graphql';
import { useEnumLabel } from '../../../shared/enum-labels';
import { useCasePage } from '../case-context';
import { useCommandForm } from '../form-kit';
import { FormFrame } from '../form-frame';
import { DateField } from '../fields';
import { caseMessages } from '../messages';
import { dayOrNull, optionsOf, orNull } from './record-values';

const text = caseMessages.completion;

/** The end of a case after its follow-up: the result (those the API offers for this move), the day, a note. */
export function CompletionForm() {
  const { kase } = useCasePage();
  const outcomeLabel = useEnumLabel('CompletionOutcome');
  const [outcome, setOutcome] = useState<CompletionOutcome | null>(null);
  const [completedOn, setCompletedOn] = useState('');
  const [note, setNote] = useState('');
  const form = useCommandForm('completion', CompleteCaseDocument);
  function submit() {
    if (!outcome) {
      form.fail([{ field: 'input.outcome', message: `${text.outcome}を選んでください。` }]);
      return;
    }
    void form.run({ outcome, completedOn: dayOrNull(completedOn) ?? '', note: orNull(note) });
  }
  return (
    <FormFrame
      prefix={form.prefix}
      heading={text.heading}
      failure={form.failure}
      problems={form.problems}
      onReload={() => void form.reload()}
      done={form.doneAt ? text.done : null}
      running={form.running}
      failedTitle={text.failed}
      submitLabel={text.submit}
      onSubmit={submit}
    >
      <RadioGroup
        id={form.idFor('outcome')}
        label={text.outcome}
        isRequired
        options={optionsOf(kase.completionOutcomes, outcomeLabel)}
        value={outcome}
        onChange={(value) => setOutcome(value as CompletionOutcome)}
        errorMessage={form.errorFor('outcome')}
      />
      <DateField
        id={form.idFor('completedOn')}
        label={text.completedOn}
        isRequired
        value={completedOn}
        onChange={setCompletedOn}
        errorMessage={form.errorFor('completedOn')}
      />
      <TextField
        id={form.idFor('note')}
        label={text.note}
        description={text.noteHint}
        multiline
        value={note}
        onChange={setNote}
        errorMessage={form.errorFor('note')}
      />
    </FormFrame>
  );
}
