import { Checkbox, DatePicker, Select } from '@kakehashi/web-ui';
import { useMemo } from 'react';
import type { ConversionKind } from '../../gql/graphql';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import type { PersonDraft } from './estimate-drafts';
import { fieldErrorsOf, personFieldId } from './field-ids';
import { subsidyMessages } from './messages';
import { NamedRow } from './named-row';

const text = subsidyMessages.conversion;

/** The conversion kinds in their printed order (①②③), whatever order the API lists them in. */
export function useConversionKindOptions() {
  const kinds = useEnumOptions('ConversionKind');
  return useMemo(() => [...kinds].sort((a, b) => a.label.localeCompare(b.label, 'ja')), [kinds]);
}

/** One person converted: who, which conversion, and when (the application window runs from that day). */
export function PersonFields({
  index,
  person,
  failure,
  onChange,
  onRemove,
}: {
  index: number;
  person: PersonDraft;
  failure: ApiErrorInfo | null;
  onChange: (next: PersonDraft) => void;
  onRemove?: () => void;
}) {
  const kinds = useConversionKindOptions();
  const error = fieldErrorsOf(failure);
  const set = (patch: Partial<PersonDraft>) => onChange({ ...person, ...patch });
  const legend = text.person(index + 1);
  return (
    <NamedRow
      index={index}
      legend={legend}
      nameLabel={text.name}
      nameId={personFieldId(index, 'name')}
      name={person.name}
      onName={(name) => set({ name })}
      nameError={error(personFieldId(index, 'name'))}
      onRemove={onRemove}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Select
          id={personFieldId(index, 'kind')}
          label={text.kind}
          options={kinds}
          value={person.kind}
          onChange={(kind) => set({ kind: (kind ?? 'FIXED_TO_REGULAR') as ConversionKind })}
          errorMessage={error(personFieldId(index, 'kind'))}
        />
        <DatePicker
          id={personFieldId(index, 'convertedOn')}
          label={text.convertedOn}
          value={person.convertedOn}
          onChange={(convertedOn) => set({ convertedOn })}
          errorMessage={error(personFieldId(index, 'convertedOn'))}
        />
      </div>
      <Checkbox
        id={personFieldId(index, 'dispatchedWorkerHiredByClient')}
        isSelected={person.dispatched}
        onChange={(dispatched) => set({ dispatched })}
      >
        {text.dispatched}
      </Checkbox>
    </NamedRow>
  );
}
