import { TagPicker, type TagPickerItem } from '@kakehashi/web-ui';
import { useState } from 'react';
import { offersMessages } from './messages';
import type { OfferReferenceOptions } from './use-offer-reference-data';

const text = offersMessages.prefectures;

/** Several prefectures, found by name or region (関東, 近畿…); none chosen means anywhere in Japan. */
export function PrefecturePicker({
  id,
  prefectures,
  value,
  onChange,
  errorMessage,
}: {
  id: string;
  prefectures: OfferReferenceOptions['prefectures'];
  value: string[];
  onChange: (codes: string[]) => void;
  errorMessage?: string;
}) {
  const [typed, setTyped] = useState('');
  const query = typed.trim();
  const byCode = new Map(prefectures.map((prefecture) => [prefecture.value, prefecture]));
  const suggestions: TagPickerItem[] = query
    ? prefectures
        .filter((prefecture) => prefecture.label.includes(query) || prefecture.region.includes(query))
        .map((prefecture) => ({ id: prefecture.value, label: prefecture.label, detail: prefecture.region }))
    : [];
  const selected = value.map((code) => ({ id: code, label: byCode.get(code)?.label ?? code }));
  return (
    <TagPicker
      id={id}
      label={text.label}
      description={text.hint}
      errorMessage={errorMessage}
      selected={selected}
      onAdd={(item) => onChange([...value, item.id])}
      onRemove={(code) => onChange(value.filter((each) => each !== code))}
      inputValue={typed}
      onInputChange={setTyped}
      suggestions={suggestions}
      emptyLabel={text.none}
      noResultsLabel={text.noResults}
      removeLabel={offersMessages.skills.remove}
    />
  );
}
