// A minimal company picker over `companies(filter: { query })`, until the organisations feature's picker is merged
// (then this file is replaced by it: the props are the same shape, a chosen { id, legalName } or null).
import { useQuery } from '@apollo/client/react';
import { fieldInputClass, RequiredMark } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { OfferCompanySearchDocument } from '../../gql/graphql';
import { offersMessages as text } from './messages';
import { useDebouncedValue } from './use-debounced-value';

export interface CompanyChoice {
  id: string;
  legalName: string;
}

interface CompanyItem extends CompanyChoice {
  detail?: string;
}

export interface CompanyPickerProps {
  id?: string;
  label: string;
  value: CompanyChoice | null;
  onChange: (value: CompanyChoice | null) => void;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  /** Only this office's companies (a consultant records offers for their own office's companies). */
  owningOfficeId?: string;
}

/**
 * Search by name, kana or 法人番号 and choose with the arrow keys and Enter. The Enter that confirms an IME conversion
 * is the IME's (React Aria ignores key presses while composing), so typing a name in Japanese never picks early.
 */
export function CompanyPicker({ value, onChange, owningOfficeId, ...props }: CompanyPickerProps) {
  const [typed, setTyped] = useState(value?.legalName ?? '');
  // A choice made elsewhere (a filter read from the URL, cleared filters) shows its name in the box.
  const chosen = value ? `${value.id}:${value.legalName}` : '';
  const [shownChoice, setShownChoice] = useState(chosen);
  if (chosen !== shownChoice) {
    setShownChoice(chosen);
    setTyped(value?.legalName ?? '');
  }
  const query = useDebouncedValue(typed.trim(), 250);
  const searching = query !== '' && query !== value?.legalName;
  const { data, previousData, loading } = useQuery(OfferCompanySearchDocument, {
    variables: { filter: { query, owningOfficeId } },
    skip: !searching,
  });
  const found: CompanyItem[] = ((searching ? (data ?? previousData) : undefined)?.companies.edges ?? []).map(
    ({ node }) => ({
      id: node.id,
      legalName: node.legalName,
      detail: [node.legalNameKana, node.prefecture.nameJa, node.owningOffice.nameJa]
        .filter(Boolean)
        .join('・'),
    }),
  );
  // The chosen company stays among the items, or React Aria would blank the input for want of its text.
  const items: CompanyItem[] =
    value && !found.some((item) => item.id === value.id) ? [value, ...found] : found;

  function choose(key: Key | null) {
    if (key === null) return;
    const item = items.find((each) => each.id === String(key));
    if (item) onChange({ id: item.id, legalName: item.legalName });
  }

  return (
    <ComboBox
      id={props.id}
      items={items}
      inputValue={typed}
      onInputChange={(next) => {
        setTyped(next);
        if (next.trim() === '' && value) onChange(null);
      }}
      selectedKey={value?.id ?? null}
      onSelectionChange={choose}
      allowsEmptyCollection={typed.trim() !== '' && typed !== value?.legalName}
      isRequired={props.isRequired}
      isInvalid={Boolean(props.errorMessage)}
      className="flex flex-col gap-1"
    >
      <Label className="font-bold">
        {props.label}
        {props.isRequired ? <RequiredMark /> : null}
      </Label>
      <Input className={fieldInputClass} />
      <Text slot="description" className="text-sm text-solid-gray-700">
        {props.description ?? text.company.hint}
      </Text>
      <FieldError className="text-sm font-bold text-error-1">{props.errorMessage}</FieldError>
      <Popover className="max-h-80 w-(--trigger-width) overflow-auto rounded-8 border border-solid-gray-600 bg-white shadow-lg">
        <ListBox
          className="outline-none"
          renderEmptyState={() => (
            <p className="px-3 py-2 text-solid-gray-700">
              {loading ? text.company.loading : text.company.noResults}
            </p>
          )}
        >
          {items.map((item) => (
            <ListBoxItem
              key={item.id}
              id={item.id}
              textValue={item.legalName}
              className="cursor-default px-3 py-2 outline-none focused:bg-blue-50 selected:font-bold"
            >
              <span className="block">{item.legalName}</span>
              {item.detail ? <span className="block text-sm text-solid-gray-700">{item.detail}</span> : null}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
