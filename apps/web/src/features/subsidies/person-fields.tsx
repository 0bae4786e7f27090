import { Button, Checkbox, DatePicker, Select, TextField } from '@kakehashi/web-ui';
import { useMemo } from 'react';
import type { ConversionKind } from '../../gql/graphql';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import type { PersonDraft } from './estimate-drafts';
import { fieldErrorsOf, personFieldId } from './field-ids';
import { subsidyMessages } from './messages';

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
    <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 font-bold">{legend}</legend>
      <TextField
        id={personFieldId(index, 'name')}
        label={text.name}
        description={subsidyMessages.form.nameHelp(index + 1)}
        value={person.name}
        onChange={(name) => set({ name })}
        errorMessage={error(personFieldId(index, 'name'))}
      />
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
      {onRemove ? (
        <div>
          <Button variant="secondary" onPress={onRemove}>
            {subsidyMessages.form.remove(legend)}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
