import { Button, DatePicker, NumberField } from '@kakehashi/web-ui';
import { useState } from 'react';
import type { SubsidyRateTableFieldsFragment } from '../../gql/graphql';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { ProblemForm } from '../../shared/dialog-form';
import { localProblem } from '../../shared/form-problems';
import { CommonFields } from './common-fields';
import { conversionSearchOf, emptyPerson, namesOf, type ConversionDraft } from './estimate-drafts';
import { fieldErrorsOf, personFieldId, subsidyFieldId } from './field-ids';
import { subsidyMessages } from './messages';
import { PersonFields } from './person-fields';
import { addressKeyOf, type SubsidiesSearch } from './subsidies-search';
import { useAddressDraft } from './use-address-draft';

const text = subsidyMessages;

/**
 * The conversion estimate's inputs; 「試算する」 puts them in the address, which runs the estimate, and hands the names
 * typed to the page beside it (never into the address).
 */
export function ConversionForm({
  initial,
  search,
  tables,
  apiFailure,
  onEstimate,
}: {
  initial: ConversionDraft;
  search: SubsidiesSearch;
  tables: readonly SubsidyRateTableFieldsFragment[];
  apiFailure: ApiErrorInfo | null;
  onEstimate: (next: SubsidiesSearch, names: readonly string[]) => Promise<void>;
}) {
  const { draft, setDraft, ownAddress } = useAddressDraft(initial, addressKeyOf(search));
  const [local, setLocal] = useState<ApiErrorInfo | null>(null);
  const failure = local ?? apiFailure;
  const error = fieldErrorsOf(failure);
  const setPerson = (index: number, next: ConversionDraft['people'][number]) =>
    setDraft({ ...draft, people: draft.people.map((each, i) => (i === index ? next : each)) });
  async function submit() {
    const next = conversionSearchOf(draft, search);
    setLocal(next ? null : localProblem('input.companySize', text.form.sizeMissing));
    if (!next) return;
    ownAddress(addressKeyOf(next));
    await onEstimate(next, namesOf(draft.people));
  }
  return (
    <ProblemForm
      failure={failure}
      fieldIds={subsidyFieldId}
      failedTitle={text.form.failed}
      submitLabel={text.form.submit}
      onSubmit={submit}
    >
      <DatePicker
        id="sb-application-on"
        label={text.conversion.applicationOn}
        description={text.conversion.applicationOnHelp}
        isRequired
        value={draft.applicationOn}
        onChange={(applicationOn) => setDraft({ ...draft, applicationOn })}
        errorMessage={error('sb-application-on')}
      />
      <CommonFields
        draft={draft}
        tables={tables}
        inForceLabel={text.form.tableInForceConversion}
        failure={failure}
        onChange={(patch) => setDraft({ ...draft, ...patch })}
      />
      <NumberField
        id="sb-already"
        label={text.conversion.already}
        unit="人"
        value={draft.already}
        onChange={(already) => setDraft({ ...draft, already })}
        errorMessage={error('sb-already')}
      />
      <h3 className="text-lg font-bold">{text.conversion.people}</h3>
      {draft.people.map((person, index) => (
        <PersonFields
          key={index}
          index={index}
          person={person}
          failure={failure}
          onChange={(next) => setPerson(index, next)}
          onRemove={
            draft.people.length > 1
              ? () => setDraft({ ...draft, people: draft.people.filter((_, i) => i !== index) })
              : undefined
          }
        />
      ))}
      <div>
        <Button
          id="sb-add-person"
          variant="secondary"
          onPress={() => {
            setDraft({ ...draft, people: [...draft.people, emptyPerson()] });
            requestAnimationFrame(() =>
              document.getElementById(personFieldId(draft.people.length, 'name'))?.focus(),
            );
          }}
        >
          {text.conversion.add}
        </Button>
      </div>
    </ProblemForm>
  );
}
