import { useQuery } from '@apollo/client/react';
import { SearchComboBox } from '@kakehashi/web-ui';
import { useState } from 'react';
import { PlanRegistrantSearchDocument } from '../../gql/graphql';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { planMessages } from './messages';

const text = planMessages.create;

export interface PickedRegistrant {
  id: string;
  name: string;
}

/** The trainee as a talent-bank registrant (optional), searched by name as typed; IME-safe like every search box. */
export function RegistrantPicker({
  value,
  onChange,
  errorMessage,
}: {
  value: PickedRegistrant | null;
  onChange: (registrant: PickedRegistrant | null) => void;
  errorMessage?: string;
}) {
  const [input, setInput] = useState(value?.name ?? '');
  const query = useDebouncedValue(input.trim(), 250);
  const searching = query !== '' && query !== value?.name;
  const { data, loading } = useQuery(PlanRegistrantSearchDocument, {
    variables: { name: query },
    skip: !searching,
  });
  const found = searching ? (data?.talentBankRegistrants.edges.map((edge) => edge.node) ?? []) : [];
  const items = value && !found.some((each) => each.id === value.id) ? [value, ...found] : found;
  const emptyMessage = !input.trim()
    ? text.registrantType
    : loading || input.trim() !== query
      ? text.registrantSearching
      : text.registrantEmpty;
  return (
    <SearchComboBox
      id="plan-registrant"
      label={text.registrant}
      description={text.registrantHint}
      errorMessage={errorMessage}
      items={items.map((each) => ({ id: each.id, label: each.name }))}
      inputValue={input}
      onInputChange={(next) => {
        setInput(next);
        if (value && next !== value.name) onChange(null);
      }}
      selectedId={value?.id ?? null}
      onSelect={(picked) => onChange(items.find((each) => each.id === picked) ?? null)}
      emptyMessage={emptyMessage}
    />
  );
}
