import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, MultiSelect, Select, type Option } from '@kakehashi/web-ui';
import { useState, type FormEvent } from 'react';
import { MatchFilterOptionsDocument, type MoveType } from '../../gql/graphql';
import { useEnumOptions } from '../../shared/enum-labels';
import { toMatchSearch, type MatchSearch } from './match-search';
import { matchingMessages } from './messages';

const text = matchingMessages.filters;
const ANY = 'any';
const MIN_SCORES = [40, 50, 60, 70, 80, 90];

/**
 * The API's match filters as a form. Nothing is asked until the consultant applies the form (a ranking is the
 * engine's costliest call), and the applied filters go to the address, so the page can be shared or reloaded.
 */
export function MatchFilters({
  search,
  onApply,
}: {
  search: MatchSearch;
  onApply: (search: MatchSearch) => void;
}) {
  const [values, setValues] = useState<MatchSearch>(search);
  const { data } = useQuery(MatchFilterOptionsDocument, { fetchPolicy: 'cache-first' });
  const moveTypes = useEnumOptions('MoveType');
  const set = (patch: Partial<MatchSearch>) => setValues((current) => ({ ...current, ...patch }));

  const prefectures: Option[] = (data?.prefectures ?? []).map((p) => ({ value: p.code, label: p.nameJa }));
  const regions: Option[] = [...new Set((data?.prefectures ?? []).map((p) => p.regionJa))].map((region) => ({
    value: region,
    label: region,
  }));
  const occupations: Option[] = (data?.occupationMajorGroups ?? []).map((o) => ({
    value: o.code,
    label: o.nameJa,
  }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(toMatchSearch(values));
  }

  return (
    <div className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="match-filters-heading" className="mb-4 text-xl font-bold">
        {text.heading}
      </h2>
      <form role="search" aria-labelledby="match-filters-heading" onSubmit={submit}>
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          <Select
            id="match-filter-min-score"
            label={text.minScore}
            value={values.minScore === undefined ? ANY : String(values.minScore)}
            onChange={(value) => set({ minScore: !value || value === ANY ? undefined : Number(value) })}
            options={[
              { value: ANY, label: text.minScoreAny },
              ...MIN_SCORES.map((points) => ({ value: String(points), label: text.minScoreOption(points) })),
            ]}
          />
          <Select
            id="match-filter-move-type"
            label={text.moveType}
            value={values.moveType ?? ANY}
            onChange={(value) => set({ moveType: !value || value === ANY ? undefined : (value as MoveType) })}
            options={[{ value: ANY, label: text.moveTypeAny }, ...moveTypes]}
          />
          <MultiSelect
            id="match-filter-regions"
            label={text.regions}
            description={text.severalAllowed}
            placeholder={text.any}
            options={regions}
            values={values.regions ?? []}
            onChange={(regionValues) => set({ regions: regionValues })}
          />
          <MultiSelect
            id="match-filter-prefectures"
            label={text.prefectures}
            description={text.severalAllowed}
            placeholder={text.any}
            options={prefectures}
            values={values.prefectures ?? []}
            onChange={(codes) => set({ prefectures: codes })}
          />
          <MultiSelect
            id="match-filter-occupations"
            label={text.occupations}
            description={text.severalAllowed}
            placeholder={text.any}
            options={occupations}
            values={values.occupations ?? []}
            onChange={(codes) => set({ occupations: codes })}
          />
          <div className="flex items-end">
            <Checkbox
              isSelected={values.includeDismissed ?? false}
              onChange={(selected) => set({ includeDismissed: selected || undefined })}
            >
              {text.includeDismissed}
            </Checkbox>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap gap-2">
          <Button type="submit">{text.apply}</Button>
          <Button
            variant="secondary"
            onPress={() => {
              setValues({});
              onApply({});
            }}
          >
            {text.clear}
          </Button>
        </div>
      </form>
    </div>
  );
}
