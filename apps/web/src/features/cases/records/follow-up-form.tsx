import { RadioGroup, Select, TextField, formatDate } from '@kakehashi/web-ui';
import { useState } from 'react';
import { RecordFollowUpDocument, type FollowUpMethod } from '../../../gql/graphql';
import { useEnumOptions } from '../../../shared/enum-labels';
import { useCasePage } from '../case-context';
import { useCommandForm } from '../form-kit';
import { FormFrame } from '../form-frame';
import { DateField } from '../fields';
import { caseMessages } from '../messages';
import { dayOrNull, orNull } from './record-values';

const text = caseMessages.followUps;

const NO_TASK = 'none';

const EMPTY = {
  taskId: NO_TASK,
  heldOn: '',
  method: null as FollowUpMethod | null,
  participants: '',
  secondeeSituation: '',
  senderSituation: '',
  receiverSituation: '',
  issues: '',
  actions: '',
};

/** STEP6: one follow-up with the person and the companies, answering a planned one or on its own. */
export function FollowUpForm() {
  const { kase } = useCasePage();
  const methodsOptions = useEnumOptions('FollowUpMethod');
  const [values, setValues] = useState(EMPTY);
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const form = useCommandForm('follow-up', RecordFollowUpDocument);
  const open = kase.tasks.filter(
    (task) => task.kind === 'FOLLOW_UP' && (task.status === 'DUE' || task.status === 'SCHEDULED'),
  );
  async function submit() {
    if (!values.method) {
      // The API requires a method; say so at the field rather than send an incomplete input.
      form.fail([{ field: 'input.method', message: `${text.method}を選んでください。` }]);
      return;
    }
    const ok = await form.run({
      taskId: values.taskId === NO_TASK ? null : values.taskId,
      heldOn: dayOrNull(values.heldOn) ?? '',
      method: values.method,
      participants: orNull(values.participants),
      secondeeSituation: values.secondeeSituation,
      senderSituation: orNull(values.senderSituation),
      receiverSituation: orNull(values.receiverSituation),
      issues: orNull(values.issues),
      actions: orNull(values.actions),
    });
    if (ok) setValues(EMPTY);
  }
  const field = (key: 'participants' | 'senderSituation' | 'receiverSituation' | 'issues' | 'actions') => (
    <TextField
      id={form.idFor(key)}
      label={text[key]}
      multiline={key !== 'participants'}
      value={values[key]}
      onChange={(value) => set(key, value)}
      errorMessage={form.errorFor(key)}
    />
  );
  return (
    <FormFrame
      prefix={form.prefix}
      heading={text.formHeading}
      failure={form.failure}
      problems={form.problems}
      onReload={() => void form.reload()}
      done={form.doneAt ? text.done : null}
      running={form.running}
      failedTitle={text.failed}
      submitLabel={text.submit}
      onSubmit={() => void submit()}
    >
      {open.length ? (
        <Select
          id={form.idFor('taskId')}
          label={text.task}
          value={values.taskId}
          onChange={(value) => set('taskId', value ?? NO_TASK)}
          options={[
            { value: NO_TASK, label: text.noTask },
            ...open.map((task) => ({
              value: task.id,
              label: `${task.title}（${text.taskDue(formatDate(task.dueOn))}）`,
            })),
          ]}
          errorMessage={form.errorFor('taskId')}
        />
      ) : null}
      <DateField
        id={form.idFor('heldOn')}
        label={text.heldOn}
        isRequired
        value={values.heldOn}
        onChange={(value) => set('heldOn', value)}
        errorMessage={form.errorFor('heldOn')}
      />
      <RadioGroup
        id={form.idFor('method')}
        label={text.method}
        isRequired
        orientation="horizontal"
        options={methodsOptions}
        value={values.method}
        onChange={(value) => set('method', value as FollowUpMethod)}
        errorMessage={form.errorFor('method')}
      />
      {field('participants')}
      <TextField
        id={form.idFor('secondeeSituation')}
        label={text.secondeeSituation}
        isRequired
        multiline
        value={values.secondeeSituation}
        onChange={(value) => set('secondeeSituation', value)}
        errorMessage={form.errorFor('secondeeSituation')}
      />
      {field('senderSituation')}
      {field('receiverSituation')}
      {field('issues')}
      {field('actions')}
    </FormFrame>
  );
}
