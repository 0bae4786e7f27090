import { Checkbox, MultiSelect } from '@kakehashi/web-ui';
import type {
  CreatePartnerInstitutionInput,
  PartnerInstitutionSummaryFragment,
  PartnerType,
  UpdatePartnerInstitutionInput,
} from '../../gql/graphql';
import { useEnumOptions } from '../../shared/enum-labels';
import { partnerFieldLabels, partnerMessages } from './messages';
import type { RecordValues } from '../../shared/record-conflict';
import type { PartnerReferenceLists } from './use-partner-reference-lists';
import { RecordSelect, RecordTextField } from '../../shared/record-form/record-fields';
import type { RecordForm } from '../../shared/record-form/use-record-form';

export const INSTITUTION_FIELDS = ['type', 'name', 'hasHqStep', 'coveredPrefectureCodes'] as const;

export type InstitutionField = (typeof INSTITUTION_FIELDS)[number];

export type InstitutionValues = RecordValues<InstitutionField>;

// A yes/no and a list kept as text in the form (so the conflict check compares them like any other field).
const YES = 'true';
const joinCodes = (codes: readonly string[]) => [...codes].sort().join(',');
export const codesOf = (value: string) => (value ? value.split(',') : []);

export const EMPTY_INSTITUTION: InstitutionValues = {
  type: '',
  name: '',
  hasHqStep: YES,
  coveredPrefectureCodes: '',
};

export function institutionValuesOf(institution: PartnerInstitutionSummaryFragment): InstitutionValues {
  return {
    type: institution.type,
    name: institution.name,
    hasHqStep: String(institution.hasHqStep),
    coveredPrefectureCodes: joinCodes(institution.coveredPrefectureCodes),
  };
}

/** A new institution as the API's input takes it. */
export function createInstitutionInputOf(values: InstitutionValues): CreatePartnerInstitutionInput {
  return {
    type: values.type as PartnerType,
    name: values.name,
    hasHqStep: values.hasHqStep === YES,
    coveredPrefectureCodes: codesOf(values.coveredPrefectureCodes),
  };
}

/** The changed fields of an edit as the API's input takes them (fields left alone are not sent). */
export function institutionChangesOf(
  changed: Partial<InstitutionValues>,
): Omit<UpdatePartnerInstitutionInput, 'id' | 'expectedVersion'> {
  return {
    ...(changed.type !== undefined ? { type: changed.type as PartnerType } : {}),
    ...(changed.name !== undefined ? { name: changed.name } : {}),
    ...(changed.hasHqStep !== undefined ? { hasHqStep: changed.hasHqStep === YES } : {}),
    ...(changed.coveredPrefectureCodes !== undefined
      ? { coveredPrefectureCodes: codesOf(changed.coveredPrefectureCodes) }
      : {}),
  };
}

/** A field's value as the user reads it (the conflict table). */
export function useInstitutionDisplay(lists: PartnerReferenceLists) {
  const types = useEnumOptions('PartnerType');
  return (field: InstitutionField, value: string): string => {
    if (field === 'type') return types.find((option) => option.value === value)?.label ?? value;
    if (field === 'hasHqStep') return value === YES ? partnerMessages.yes : partnerMessages.no;
    if (field === 'coveredPrefectureCodes') {
      return value ? codesOf(value).map(lists.prefectureName).join('、') : partnerMessages.list.wholeCountry;
    }
    return value;
  };
}

/** The institution's fields (registration and editing). */
export function InstitutionFields({
  form,
  lists,
}: {
  form: RecordForm<InstitutionField>;
  lists: PartnerReferenceLists;
}) {
  const labels = partnerFieldLabels.institution;
  const types = useEnumOptions('PartnerType');
  const prefectureError = form.errorFor('coveredPrefectureCodes');
  return (
    <>
      <RecordSelect form={form} field="type" label={labels.type} options={types} isRequired />
      <RecordTextField form={form} field="name" label={labels.name} isRequired />
      <Checkbox
        isSelected={form.values.hasHqStep === YES}
        onChange={(selected) => form.set('hasHqStep', String(selected))}
      >
        {partnerMessages.institutionForm.hasHqStep}
      </Checkbox>
      <div>
        <MultiSelect
          id={form.idFor('coveredPrefectureCodes')}
          label={labels.coveredPrefectureCodes}
          description={partnerMessages.institutionForm.prefecturesHint}
          options={lists.prefectures}
          values={codesOf(form.values.coveredPrefectureCodes)}
          onChange={(codes) => form.set('coveredPrefectureCodes', joinCodes(codes))}
        />
        {prefectureError ? <p className="mt-1 text-sm font-bold text-error-1">{prefectureError}</p> : null}
      </div>
    </>
  );
}
