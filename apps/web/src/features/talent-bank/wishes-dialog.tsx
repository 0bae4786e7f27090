import { useMutation, useQuery } from '@apollo/client/react';
import { CheckboxGroup, DatePicker, NumberField, RadioGroup, Select, YenField } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  TalentBankWishesReferenceDocument,
  TalentBankOpeningsForRegistrantDocument,
  UpdateTalentBankRegistrantDocument,
  type PhysicalDemand,
  type SeniorWorkingStyleWanted,
  type TalentBankRecordFragment,
} from '../../gql/graphql';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { DialogForm } from '../../shared/dialog-form';
import { useEnumOptions } from '../../shared/enum-labels';
import { failureOf } from '../../shared/form-problems';
import { PrefecturePicker } from '../offers/prefecture-picker';
import { talentBankMessages } from './messages';

const text = talentBankMessages.editWishes;
const labels = talentBankMessages.wishes;

const FIELD_IDS: Record<string, string> = {
  'input.wishes.occupationCodes': 'tb-w-occupations',
  'input.wishes.workingStyle': 'tb-w-style',
  'input.wishes.daysPerWeek': 'tb-w-days',
  'input.wishes.hoursPerDay': 'tb-w-hours',
  'input.wishes.monthlyWage': 'tb-w-wage',
  'input.wishes.acceptablePrefectureCodes': 'tb-w-prefectures',
  'input.wishes.earliestStartOn': 'tb-w-start',
  'input.wishes.maxPhysicalDemand': 'tb-w-physical',
};

const NONE = 'NONE';

/** Replaces the registrant's wishes (the API checks every value and says what is wrong, field by field). */
export function WishesDialog({
  record,
  onClose,
  onDone,
}: {
  record: TalentBankRecordFragment;
  onClose: () => void;
  onDone: () => void;
}) {
  const w = record.wishes;
  const [occupations, setOccupations] = useState<string[]>(w.occupations.map((each) => each.code));
  const [style, setStyle] = useState<string | null>(w.workingStyle ?? null);
  const [days, setDays] = useState<number | null>(w.daysPerWeek ?? null);
  const [hours, setHours] = useState<number | null>(w.hoursPerDay ?? null);
  const [wage, setWage] = useState<number | null>(w.monthlyWage ?? null);
  const [prefectures, setPrefectures] = useState<string[]>([...w.acceptablePrefectureCodes]);
  const [start, setStart] = useState<string | null>(w.earliestStartOn ?? null);
  const [physical, setPhysical] = useState<string>(w.maxPhysicalDemand ?? NONE);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const { data } = useQuery(TalentBankWishesReferenceDocument, { fetchPolicy: 'cache-first' });
  const styles = useEnumOptions('SeniorWorkingStyleWanted');
  const demands = useEnumOptions('PhysicalDemand');
  // The ranking of openings reads the career and wishes: it is asked again once they change.
  const [update] = useMutation(UpdateTalentBankRegistrantDocument, {
    refetchQueries: [TalentBankOpeningsForRegistrantDocument],
  });
  const error = (field: string) => fieldMessage(failure, `input.wishes.${field}`);

  async function submit() {
    try {
      await update({
        variables: {
          input: {
            id: record.id,
            expectedVersion: record.version,
            wishes: {
              occupationCodes: occupations,
              workingStyle: style as SeniorWorkingStyleWanted | null,
              daysPerWeek: days,
              hoursPerDay: hours,
              monthlyWage: wage,
              acceptablePrefectureCodes: prefectures,
              earliestStartOn: start,
              maxPhysicalDemand: physical === NONE ? null : (physical as PhysicalDemand),
            },
          },
        },
      });
      onDone();
    } catch (caught) {
      setFailure(failureOf(caught, text.failed));
    }
  }

  return (
    <DialogForm
      text={text}
      onClose={onClose}
      failure={failure}
      fieldIds={FIELD_IDS}
      busyMessage={text.busy}
      onSubmit={submit}
    >
      <CheckboxGroup
        id="tb-w-occupations"
        label={labels.occupations}
        options={(data?.occupationMajorGroups ?? []).map((each) => ({
          value: each.code,
          label: each.nameJa,
        }))}
        value={occupations}
        onChange={setOccupations}
        errorMessage={error('occupationCodes')}
      />
      <RadioGroup
        id="tb-w-style"
        label={labels.workingStyle}
        orientation="vertical"
        options={styles}
        value={style}
        onChange={setStyle}
        errorMessage={error('workingStyle')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          id="tb-w-days"
          label={labels.days}
          unit="日"
          value={days}
          onChange={setDays}
          errorMessage={error('daysPerWeek')}
        />
        <NumberField
          id="tb-w-hours"
          label={labels.hours}
          unit="時間"
          formatOptions={{ maximumFractionDigits: 1 }}
          value={hours}
          onChange={setHours}
          errorMessage={error('hoursPerDay')}
        />
      </div>
      <YenField
        id="tb-w-wage"
        label={labels.wage}
        value={wage}
        onChange={setWage}
        errorMessage={error('monthlyWage')}
      />
      <PrefecturePicker
        id="tb-w-prefectures"
        prefectures={(data?.prefectures ?? []).map((each) => ({
          value: each.code,
          label: each.nameJa,
          region: each.regionJa,
        }))}
        value={prefectures}
        onChange={setPrefectures}
        errorMessage={error('acceptablePrefectureCodes')}
      />
      <DatePicker
        id="tb-w-start"
        label={labels.start}
        value={start}
        onChange={setStart}
        errorMessage={error('earliestStartOn')}
      />
      <Select
        id="tb-w-physical"
        label={labels.physical}
        options={[{ value: NONE, label: labels.none }, ...demands]}
        value={physical}
        onChange={(value) => setPhysical(value ?? NONE)}
        errorMessage={error('maxPhysicalDemand')}
      />
    </DialogForm>
  );
}
