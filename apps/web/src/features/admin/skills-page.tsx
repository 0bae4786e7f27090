import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, PageHeader, Select, TextField } from '@kakehashi/web-ui';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { AdminSkillsDocument, type AdminSkillFragment } from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import { FilterForm, useFilterForm, type FilterFields } from '../../shared/filter-form';
import { ListResults } from '../../shared/list-results';
import { adminMessages } from './messages';
import { SkillDialog } from './skill-dialog';
import { SkillTable } from './skill-table';
import {
  SKILLS_PER_PAGE,
  skillsPageOf,
  withSkillFilters,
  type SkillsFilterKey,
  type SkillsSearch,
} from './skills-search';

const text = adminMessages.skills;

const FILTER_FIELDS: FilterFields<SkillsFilterKey> = {
  q: { api: 'search', id: 'skills-q' },
  category: { api: 'category', id: 'skills-category' },
};

/** The skills dictionary: search by any spelling, add an entry, edit its readings, synonyms and implications. */
export function AdminSkillsPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/admin/skills' });
  const navigate = useNavigate();
  const [editing, setEditing] = useState<{ skill: AdminSkillFragment | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, error, previousData } = useQuery(AdminSkillsDocument, {
    variables: {
      search: search.q ?? null,
      category: search.category ?? null,
      first: SKILLS_PER_PAGE,
      after: skillsPageOf(search).afterCursor,
    },
  });
  const failure = error ? apiErrorOf(error) : null;
  if (error && !failure?.fields.length) throw error;
  const shown = data ?? (error ? undefined : previousData);
  const filtered = Boolean(search.q || search.category);

  return (
    <>
      <PageHeader
        title={text.title}
        lead={text.lead}
        actions={<Button onPress={() => setEditing({ skill: null })}>{text.create}</Button>}
      />
      <div role="status" className="mb-6 empty:hidden">
        {notice ? <p className="rounded-8 border border-green-900 bg-green-50 p-3">{notice}</p> : null}
      </div>
      <SkillFilters
        // A new URL (back, forward, a link) starts the form again from what the URL says.
        key={JSON.stringify([search.q, search.category])}
        search={search}
        failure={failure}
        onSearch={(filters) => void navigate({ to: '/admin/skills', search: withSkillFilters(filters) })}
      />
      {shown && !failure ? (
        <ListResults
          id="skills-results"
          text={text}
          to="/admin/skills"
          search={search}
          page={skillsPageOf(search)}
          connection={shown.skills}
        >
          {shown.skills.edges.length === 0 ? (
            <EmptyState title={filtered ? text.emptyFiltered : text.emptyAll}>
              <p>{filtered ? text.emptyFilteredHelp : text.emptyAllHelp}</p>
            </EmptyState>
          ) : (
            <SkillTable
              skills={shown.skills.edges.map((edge) => edge.node)}
              onEdit={(skill) => setEditing({ skill })}
            />
          )}
        </ListResults>
      ) : !failure ? (
        <p role="status">{messages.loading}</p>
      ) : null}
      {editing ? (
        <SkillDialog skill={editing.skill} onClose={() => setEditing(null)} onDone={setNotice} />
      ) : null}
    </>
  );
}

/** The search form: applied on 検索 (Enter), so Japanese input is never searched mid-conversion. */
function SkillFilters({
  search,
  failure,
  onSearch,
}: {
  search: SkillsSearch;
  failure: ApiErrorInfo | null;
  onSearch: (filters: Record<SkillsFilterKey, string>) => void;
}) {
  const form = useFilterForm(FILTER_FIELDS, failure, () => ({
    q: search.q ?? '',
    category: search.category ?? '',
  }));
  const categories = useEnumOptions('SkillCategory');
  return (
    <FilterForm
      id="skills-filters"
      text={{ ...text, heading: text.filters }}
      problems={form.problems}
      clearTo="/admin/skills"
      onSubmit={() => onSearch(form.draft)}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={text.query} description={text.queryHint} type="search" {...form.text('q')} />
        <Select label={text.category} {...form.choice('category', text.any, categories)} />
      </div>
    </FilterForm>
  );
}
