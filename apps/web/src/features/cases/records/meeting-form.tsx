import { Checkbox, CheckboxGroup, TextField } from '@kakehashi/web-ui';
import {
  RecordCaseMeetingDocument,
  type CaseDetailFragment,
  type MeetingCondition,
} from '../../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../../shared/enum-labels';
import { useRecordForm } from '../form-kit';
import { RecordFormFrame } from '../form-frame';
import { DateField, showValue } from '../fields';
import { caseMessages } from '../messages';
import { dayOrNull, orNull } from './record-values';

const text = caseMessages.meeting;

function read(kase: CaseDetailFragment) {
  const meeting = kase.meeting;
  return {
    heldOn: meeting?.heldOn ?? '',
    attendees: meeting?.attendees ?? '',
    conditionsPresented: meeting?.conditionsPresented ?? [],
    conditionsNote: meeting?.conditionsNote ?? '',
    subsidyExplained: meeting?.subsidyExplained ?? false,
    notes: meeting?.notes ?? '',
  };
}
type Draft = ReturnType<typeof read>;

const LABELS: Record<keyof Draft, string> = {
  heldOn: text.heldOn,
  attendees: text.attendees,
  conditionsPresented: text.conditionsPresented,
  conditionsNote: text.conditionsNote,
  subsidyExplained: text.subsidyExplained,
  notes: text.notes,
};

/** STEP2 企業間面談: when, who, which conditions were presented, and whether the subsidy was explained. */
export function MeetingForm() {
  const conditionLabel = useEnumLabel('MeetingCondition');
  const conditionsOptions = useEnumOptions('MeetingCondition');
  const form = useRecordForm({
    prefix: 'meeting',
    document: RecordCaseMeetingDocument,
    read,
    write: (draft: Draft) => ({
      heldOn: dayOrNull(draft.heldOn),
      attendees: orNull(draft.attendees),
      conditionsPresented: draft.conditionsPresented,
      conditionsNote: orNull(draft.conditionsNote),
      subsidyExplained: draft.subsidyExplained,
      notes: orNull(draft.notes),
    }),
  });
  const { draft } = form.draft;
  const set = form.draft.set;
  return (
    <RecordFormFrame
      form={form}
      heading={text.heading}
      labels={LABELS}
      show={(key, value) => showValue(value, key === 'conditionsPresented' ? conditionLabel : undefined)}
    >
      <DateField
        id={form.idFor('heldOn')}
        label={text.heldOn}
        value={draft.heldOn}
        onChange={(value) => set('heldOn', value)}
        errorMessage={form.errorFor('heldOn')}
      />
      <TextField
        id={form.idFor('attendees')}
        label={text.attendees}
        value={draft.attendees}
        onChange={(value) => set('attendees', value)}
        errorMessage={form.errorFor('attendees')}
      />
      <CheckboxGroup
        id={form.idFor('conditionsPresented')}
        label={text.conditionsPresented}
        description={text.conditionsHint}
        options={conditionsOptions}
        value={draft.conditionsPresented}
        onChange={(value) => set('conditionsPresented', value as MeetingCondition[])}
        errorMessage={form.errorFor('conditionsPresented')}
      />
      <TextField
        id={form.idFor('conditionsNote')}
        label={text.conditionsNote}
        multiline
        value={draft.conditionsNote}
        onChange={(value) => set('conditionsNote', value)}
        errorMessage={form.errorFor('conditionsNote')}
      />
      <Checkbox
        id={form.idFor('subsidyExplained')}
        isSelected={draft.subsidyExplained}
        onChange={(value) => set('subsidyExplained', value)}
      >
        {text.subsidyExplained}
      </Checkbox>
      <TextField
        id={form.idFor('notes')}
        label={text.notes}
        multiline
        value={draft.notes}
        onChange={(value) => set('notes', value)}
        errorMessage={form.errorFor('notes')}
      />
    </RecordFormFrame>
  );
}
