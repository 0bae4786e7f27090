import { useQuery } from '@apollo/client/react';
import { TagPicker, type TagPickerItem } from '@kakehashi/web-ui';
import { useState } from 'react';
import { SkillSearchDocument } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { offersMessages } from './messages';
import { useDebouncedValue } from '../organisations/use-debounced-value';

const text = offersMessages.skills;

export interface SkillPickerProps {
  id: string;
  label: string;
  selected: TagPickerItem[];
  onChange: (selected: TagPickerItem[]) => void;
  errorMessage?: string;
}

/**
 * Skills, licences and qualifications from the API's dictionary, found by name, reading (hiragana is fine: the API
 * folds it to katakana) or synonym; what the dictionary lacks can be added as typed (the API keeps it as free text).
 */
export function SkillPicker({ id, label, selected, onChange, errorMessage }: SkillPickerProps) {
  const [typed, setTyped] = useState('');
  const search = useDebouncedValue(typed.trim(), 200);
  const category = useEnumLabel('SkillCategory');
  const { data, previousData, loading } = useQuery(SkillSearchDocument, {
    variables: { search },
    skip: search === '',
  });
  const found = typed.trim() === '' ? undefined : (data ?? previousData);
  const suggestions: TagPickerItem[] = (found?.skills.edges ?? []).map(({ node }) => ({
    id: node.id,
    label: node.name,
    detail: `${node.reading}・${category(node.category)}`,
  }));
  return (
    <TagPicker
      id={id}
      label={label}
      description={text.hint}
      errorMessage={errorMessage}
      selected={selected}
      onAdd={(item) => onChange([...selected, { id: item.id, label: item.label }])}
      onRemove={(removed) => onChange(selected.filter((item) => item.id !== removed))}
      inputValue={typed}
      onInputChange={setTyped}
      suggestions={suggestions}
      isLoading={loading}
      customValueLabel={text.typed}
      selectedLabel={text.selected(label)}
      emptyLabel={text.none}
      noResultsLabel={text.noResults}
      removeLabel={text.remove}
    />
  );
}
