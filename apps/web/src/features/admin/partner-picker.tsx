import { useQuery } from '@apollo/client/react';
import { SearchComboBox } from '@kakehashi/web-ui';
import { useMemo, useState } from 'react';
import { AdminPartnerSearchDocument, type AdminPartnerSearchQuery } from '../../gql/graphql';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { adminMessages } from './messages';

const text = adminMessages.users;
const SEARCH_DELAY_MS = 250;

export type PickedPartner = AdminPartnerSearchQuery['partnerInstitutions']['edges'][number]['node'];

/**
 * Chooses a partner institution by searching its name as the user types (the API matches however it is typed);
 * IME-safe like every search box. The chosen institution comes back with its branches.
 */
export function PartnerPicker({
  id,
  value,
  onChange,
  errorMessage,
}: {
  id: string;
  value: PickedPartner | null;
  onChange: (partner: PickedPartner | null) => void;
  errorMessage?: string;
}) {
  const [input, setInput] = useState(value?.name ?? '');
  const query = useDebouncedValue(input.trim(), SEARCH_DELAY_MS);
  const searching = query !== '' && query !== value?.name;
  const { data, loading } = useQuery(AdminPartnerSearchDocument, {
    variables: { name: query },
    skip: !searching,
  });
  const found = useMemo(
    () => (searching ? (data?.partnerInstitutions.edges.map((edge) => edge.node) ?? []) : []),
    [data, searching],
  );
  const partners = value && !found.some((each) => each.id === value.id) ? [value, ...found] : found;
  const emptyMessage = !input.trim()
    ? text.partnerTypeToSearch
    : loading || input.trim() !== query
      ? text.partnerSearching
      : text.partnerNotFound;
  return (
    <SearchComboBox
      id={id}
      label={text.partnerInstitution}
      description={text.partnerHint}
      errorMessage={errorMessage}
      items={partners.map((partner) => ({ id: partner.id, label: partner.name }))}
      inputValue={input}
      onInputChange={(typed) => {
        setInput(typed);
        if (value && typed !== value.name) onChange(null);
      }}
      selectedId={value?.id ?? null}
      onSelect={(picked) => onChange(partners.find((each) => each.id === picked) ?? null)}
      emptyMessage={emptyMessage}
    />
  );
}
