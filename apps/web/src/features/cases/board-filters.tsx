import { Button, Select, TextField, type Option } from '@kakehashi/web-ui';
import { useMemo, useState } from 'react';
import type { BoardOfficesQuery, CaseBoardChoicesQuery } from '../../gql/graphql';
import { parseStuckDays, type BoardSearch } from './board-filter';
import { boardMessages } from './messages';

const text = boardMessages.filters;
const ANY: Option = { value: '', label: text.any };

export interface BoardFiltersProps {
  search: BoardSearch;
  /** Apply a change to the URL at once (the board narrows its loaded cards immediately). */
  onChange: (patch: Partial<BoardSearch>) => void;
  choices: CaseBoardChoicesQuery | undefined;
  /** Headquarters and administrators choose the office. */
  offices: BoardOfficesQuery['offices'] | null;
  moveTypeLabel: (value: string) => string;
}

/** The board's filters; every one lives in the URL, so a reload or a shared link shows the same board. */
export function BoardFilters({ search, onChange, choices, offices, moveTypeLabel }: BoardFiltersProps) {
  // The same option lists from keystroke to keystroke: a list rebuilt is a list React Aria indexes again.
  const { consultants, companies, industries } = useMemo(() => choiceOptions(choices), [choices]);
  const secondment = moveTypeLabel('SECONDMENT');
  const transfer = moveTypeLabel('TRANSFER');
  const moveTypes = useMemo(
    () => [ANY, { value: 'SECONDMENT', label: secondment }, { value: 'TRANSFER', label: transfer }],
    [secondment, transfer],
  );
  const officeOptions = useMemo(
    () => offices?.map((office) => ({ value: office.id, label: office.nameJa })) ?? [],
    [offices],
  );
  const pick = (value: string | null) => (value ? value : undefined);
  return (
    <section aria-labelledby="board-filters" className="mb-4 rounded-16 bg-white p-4 shadow-sm">
      <h2 id="board-filters" className="mb-3 text-lg font-bold">
        {text.heading}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {offices ? (
          <Select
            id="board-filter-office"
            label={text.office}
            options={officeOptions}
            value={search.office ?? null}
            onChange={(value) => onChange({ office: pick(value) })}
          />
        ) : null}
        <Select
          id="board-filter-consultant"
          label={text.consultant}
          options={consultants}
          value={search.consultant ?? ''}
          onChange={(value) => onChange({ consultant: pick(value) })}
        />
        <Select
          id="board-filter-move"
          label={text.moveType}
          options={moveTypes}
          value={search.move ?? ''}
          onChange={(value) => onChange({ move: pick(value) as BoardSearch['move'] })}
        />
        <Select
          id="board-filter-company"
          label={text.company}
          options={companies}
          value={search.company ?? ''}
          onChange={(value) => onChange({ company: pick(value) })}
        />
        <Select
          id="board-filter-industry"
          label={text.industry}
          options={industries}
          value={search.industry ?? ''}
          onChange={(value) => onChange({ industry: pick(value) })}
        />
        <StuckDaysField days={search.stuck} onChange={(stuck) => onChange({ stuck })} />
      </div>
      <div className="mt-4">
        <Button
          variant="secondary"
          onPress={() =>
            onChange({
              consultant: undefined,
              move: undefined,
              company: undefined,
              industry: undefined,
              stuck: undefined,
            })
          }
        >
          {text.clear}
        </Button>
      </div>
    </section>
  );
}

function choiceOptions(choices: CaseBoardChoicesQuery | undefined) {
  return {
    consultants: [ANY, ...(choices?.choices.consultants ?? []).map((c) => ({ value: c.id, label: c.name }))],
    companies: [ANY, ...(choices?.choices.companies ?? []).map((c) => ({ value: c.id, label: c.legalName }))],
    industries: [
      ANY,
      ...(choices?.jsicMajorGroups ?? []).map((g) => ({
        value: g.code,
        label: text.industryOption(g.code, g.nameJa),
      })),
    ],
  };
}

/** Days typed freely (full-width digits too); the URL changes with every valid keystroke. */
function StuckDaysField({
  days,
  onChange,
}: {
  days: number | undefined;
  onChange: (days: number | undefined) => void;
}) {
  const [typed, setTyped] = useState(days === undefined ? '' : String(days));
  const [invalid, setInvalid] = useState(false);
  const [shown, setShown] = useState(days);
  // The URL changed from elsewhere (clear, back, a link): show what it says, unless the typing already does (「０３」).
  if (days !== shown) {
    setShown(days);
    const parsed = parseStuckDays(typed);
    if (!('days' in parsed) || parsed.days !== days) {
      setTyped(days === undefined ? '' : String(days));
      setInvalid(false);
    }
  }
  return (
    <TextField
      id="board-filter-stuck"
      label={text.stuck}
      description={text.stuckHint}
      inputMode="numeric"
      value={typed}
      errorMessage={invalid ? text.stuckInvalid : undefined}
      onChange={(value) => {
        setTyped(value);
        const parsed = parseStuckDays(value);
        setInvalid('invalid' in parsed);
        if ('days' in parsed) onChange(parsed.days);
      }}
    />
  );
}
