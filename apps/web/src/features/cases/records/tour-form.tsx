import { CheckboxGroup, TextField } from '@kakehashi/web-ui';
import {
  RecordCaseWorkplaceTourDocument,
  type CaseDetailFragment,
  type TourAttendee,
} from '../../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../../shared/enum-labels';
import { useRecordForm } from '../form-kit';
import { RecordFormFrame } from '../form-frame';
import { DateField, showValue } from '../fields';
import { caseMessages } from '../messages';
import { dayOrNull, orNull } from './record-values';

const text = caseMessages.tour;

function read(kase: CaseDetailFragment) {
  const tour = kase.workplaceTour;
  return { heldOn: tour?.heldOn ?? '', attendees: tour?.attendees ?? [], notes: tour?.notes ?? '' };
}
type Draft = ReturnType<typeof read>;

const LABELS: Record<keyof Draft, string> = {
  heldOn: text.heldOn,
  attendees: text.attendees,
  notes: text.notes,
};

/** STEP3 職場見学: when, and who from the sender came. */
export function TourForm() {
  const attendeeLabel = useEnumLabel('TourAttendee');
  const attendeesOptions = useEnumOptions('TourAttendee');
  const form = useRecordForm({
    prefix: 'tour',
    document: RecordCaseWorkplaceTourDocument,
    read,
    write: (draft: Draft) => ({
      heldOn: dayOrNull(draft.heldOn),
      attendees: draft.attendees,
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
      show={(key, value) => showValue(value, key === 'attendees' ? attendeeLabel : undefined)}
    >
      <DateField
        id={form.idFor('heldOn')}
        label={text.heldOn}
        value={draft.heldOn}
        onChange={(value) => set('heldOn', value)}
        errorMessage={form.errorFor('heldOn')}
      />
      <CheckboxGroup
        id={form.idFor('attendees')}
        label={text.attendees}
        options={attendeesOptions}
        value={draft.attendees}
        onChange={(value) => set('attendees', value as TourAttendee[])}
        errorMessage={form.errorFor('attendees')}
      />
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
