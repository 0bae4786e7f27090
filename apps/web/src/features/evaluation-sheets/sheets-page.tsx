import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, PageHeader, Select, TextField } from '@kakehashi/web-ui';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { usePageTitle } from '../../app/use-page-title';
import { EvaluationSheetsDocument } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import { sheetMessages } from './messages';
import { SheetsTable } from './sheets-table';
import { subjectOf, type SheetsSearch } from './sheets-search';

const text = sheetMessages.list;
const FIELD_OF = { CASE_SECONDEE: 'caseId', REGISTRANT: 'registrantId', TRAINEE: 'companyId' } as const;
type Kind = keyof typeof FIELD_OF;

/** The sheets of one subject (a case, a registrant or a company's trainees); the subject lives in the URL. */
export function EvaluationSheetsPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/jobcard/sheets' });
  const subject = subjectOf(search);
  return (
    <>
      <PageHeader title={text.title} lead={text.lead} />
      <div className="flex flex-col gap-6">
        <SubjectFilter search={search} />
        {subject ? <SubjectSheets subject={subject} /> : <Guidance />}
      </div>
    </>
  );
}

function kindOf(search: SheetsSearch): Kind {
  if (search.registrantId) return 'REGISTRANT';
  if (search.companyId) return 'TRAINEE';
  return 'CASE_SECONDEE';
}

/** Which subject to show: a kind and its id, written to the URL on 表示する (Enter in the id field submits). */
function SubjectFilter({ search }: { search: SheetsSearch }) {
  const navigate = useNavigate({ from: '/jobcard/sheets' });
  const kinds = useEnumOptions('EvaluationSubjectKind');
  const [kind, setKind] = useState<Kind>(kindOf(search));
  const [id, setId] = useState(search[FIELD_OF[kindOf(search)]] ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: { [FIELD_OF[kind]]: id.trim() || undefined } });
  };
  return (
    <form
      aria-label={text.filterLabel}
      onSubmit={submit}
      className="grid gap-4 rounded-16 bg-white p-6 shadow-sm md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto] md:items-end"
    >
      <Select
        label={text.subjectKind}
        options={kinds}
        value={kind}
        onChange={(value) => setKind((value as Kind | null) ?? 'CASE_SECONDEE')}
      />
      <TextField label={text.subjectId} value={id} onChange={setId} description={text.subjectIdHelp} />
      <Button type="submit">{text.show}</Button>
    </form>
  );
}

function Guidance() {
  const link =
    'text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';
  return (
    <section className="rounded-16 bg-white p-6 shadow-sm">
      <p>{text.pickFirst}</p>
      <p className="mt-2">{text.whereFrom}</p>
      <p className="mt-2 flex flex-wrap gap-4">
        <Link to="/cases/board" className={link}>
          {text.casesLink}
        </Link>
        <Link to="/talent-bank" className={link}>
          {text.registrantsLink}
        </Link>
      </p>
    </section>
  );
}

function SubjectSheets({ subject }: { subject: NonNullable<ReturnType<typeof subjectOf>> }) {
  const { data, error, loading } = useQuery(EvaluationSheetsDocument, { variables: subject });
  if (error) {
    const refused = apiErrorOf(error);
    if (!refused?.code) throw error;
    return <p role="alert">{refused.fields[0]?.message ?? refused.message}</p>;
  }
  if (loading || !data) return <p role="status">{text.loading}</p>;
  const sheets = data.evaluationSheets;
  return (
    <section aria-labelledby="sheets-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="sheets-heading" className="mb-4 text-xl font-bold">
        {text.tableLabel}
        <span className="ml-2 text-base font-normal">{text.count(sheets.length)}</span>
      </h2>
      {sheets.length ? (
        <SheetsTable label={text.tableLabel} sheets={sheets} />
      ) : (
        <EmptyState title={text.empty} />
      )}
    </section>
  );
}
