import { useQuery } from '@apollo/client/react';
import { SearchComboBox, type SearchComboBoxItem } from '@kakehashi/web-ui';
import { useMemo, useState } from 'react';
import { CompanyPickerSearchDocument, type CompanyRowFragment } from '../../gql/graphql';
import { companyMessages } from './messages';
import { useDebouncedValue } from './use-debounced-value';

/** The company a picker hands back: enough to show it and to send its id. */
export type PickedCompany = CompanyRowFragment;

export interface CompanyPickerProps {
  /** The chosen company, or null. */
  value: PickedCompany | null;
  onChange: (company: PickedCompany | null) => void;
  label?: string;
  description?: string;
  /** The API's message for this field (e.g. `input.companyId`), shown under it. */
  errorMessage?: string;
  isRequired?: boolean;
  /** The input's id, for an ErrorSummary link and focus. */
  id?: string;
}

const SEARCH_DELAY_MS = 250;

function itemOf(company: PickedCompany): SearchComboBoxItem {
  return {
    id: company.id,
    label: company.legalName,
    description: companyMessages.picker.option(
      company.prefecture.nameJa,
      company.owningOffice.nameJa,
      company.corporateNumber,
    ),
  };
}

/**
 * Chooses a company by searching as the user types (name, kana or 法人番号; the API does the matching, so
 * 「やまだ」 finds 株式会社山田製作所). The suggestions show right under the box, as part of the page (nothing else is
 * hidden from screen readers meanwhile). IME-safe: the Enter that confirms a conversion neither chooses nor submits.
 *
 * Reusable by every screen that names a company (offers, cases):
 * `<CompanyPicker value={company} onChange={setCompany} errorMessage={fieldMessage(failure, 'input.companyId')} />`
 */
export function CompanyPicker({
  value,
  onChange,
  label = companyMessages.picker.label,
  description = companyMessages.picker.hint,
  errorMessage,
  isRequired,
  id,
}: CompanyPickerProps) {
  const [input, setInput] = useState(value?.legalName ?? '');
  // A company chosen from outside (a form loading a stored record) shows its name (state adjusted while rendering,
  // as React recommends over an effect).
  const [shownChoice, setShownChoice] = useState(value?.id ?? null);
  if ((value?.id ?? null) !== shownChoice) {
    setShownChoice(value?.id ?? null);
    if (value) setInput(value.legalName);
  }
  const query = useDebouncedValue(input.trim(), SEARCH_DELAY_MS);
  const searching = query !== '' && query !== value?.legalName;
  const { data, loading } = useQuery(CompanyPickerSearchDocument, {
    variables: { query },
    skip: !searching,
    fetchPolicy: 'cache-first',
  });
  const found = useMemo(
    () => (searching ? (data?.companies.edges.map((edge) => edge.node) ?? []) : []),
    [data, searching],
  );
  // The chosen company stays among the items so the box can show it as chosen.
  const companies = value && !found.some((each) => each.id === value.id) ? [value, ...found] : found;
  const emptyMessage = !input.trim()
    ? companyMessages.picker.typeToSearch
    : loading || input.trim() !== query
      ? companyMessages.picker.searching
      : companyMessages.picker.empty;

  return (
    <SearchComboBox
      id={id}
      label={label}
      description={description}
      errorMessage={errorMessage}
      isRequired={isRequired}
      items={companies.map(itemOf)}
      inputValue={input}
      onInputChange={(text) => {
        setInput(text);
        if (value && text !== value.legalName) onChange(null);
      }}
      selectedId={value?.id ?? null}
      onSelect={(picked) => onChange(companies.find((each) => each.id === picked) ?? null)}
      emptyMessage={emptyMessage}
    />
  );
}
