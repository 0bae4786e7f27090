import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, ErrorSummary, PageHeader } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { usePageTitle } from '../../app/use-page-title';
import { DispatchCareerUpReportDocument, DispatchReportCodesDocument } from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { BusyNote } from '../../shared/form-problems';
import { ConsultingFields } from './consulting-fields';
import { codeOptionsOf } from './course-update';
import { downloadReportCsv } from './csv-export';
import { emptyReport, type ReportDraft } from './dispatch-draft';
import { inputId, inputPathOf, reportInputOf, type PathProblem } from './dispatch-input';
import { useFocusLater, type FormBinding } from './form-binding';
import { dispatchMessages as text } from './messages';
import { ReportResults, type Report } from './report-results';
import { SheetsFields } from './sheet-fields';
import { WorkersFields } from './workers-fields';

const linkClass = 'text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** The API's refusal as problems at input paths (or, without fields, its message for the whole form). */
function problemsOfRefusal(info: ApiErrorInfo, fallback: string): PathProblem[] {
  return info.fields.length ? info.fields : [{ field: '', message: info.message ?? fallback }];
}

/** The calculator's state: the draft, the problems at its inputs, the last figures, and what is running. */
function useCalculator() {
  const client = useApolloClient();
  const [draft, setDraft] = useState<ReportDraft>(emptyReport);
  const [problems, setProblems] = useState<PathProblem[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  // The draft the figures were computed from: once the user changes anything, they are said to be out of date.
  const [computedFrom, setComputedFrom] = useState<ReportDraft | null>(null);
  const [busy, setBusy] = useState<'compute' | 'csv' | null>(null);
  const [status, setStatus] = useState('');
  const focusLater = useFocusLater();

  /** Runs `action` with the API's input, or shows what is missing first. */
  async function withInput(
    kind: 'compute' | 'csv',
    action: (input: ReturnType<typeof reportInputOf>['input']) => Promise<void>,
  ) {
    if (busy) return;
    const { input, problems: missing } = reportInputOf(draft, text.missing);
    setProblems(missing);
    setStatus('');
    if (missing.length) return;
    setBusy(kind);
    try {
      await action(input);
    } catch (error) {
      const info = apiErrorOf(error);
      if (!info) throw error;
      setProblems(problemsOfRefusal(info, text.failed));
    } finally {
      setBusy(null);
    }
  }

  const compute = () =>
    withInput('compute', async (input) => {
      const { data } = await client.query({
        query: DispatchCareerUpReportDocument,
        variables: { input },
        fetchPolicy: 'no-cache',
      });
      if (!data) return;
      const result = data.dispatchCareerUpReport;
      const errors = result.findings.filter((finding) => finding.severity === 'ERROR');
      setProblems(errors.map((finding) => ({ field: finding.field ?? '', message: finding.message })));
      setReport(errors.length ? null : result);
      setComputedFrom(draft);
      if (!errors.length) setStatus(text.computed(result.findings.length));
    });

  const exportCsv = () =>
    withInput('csv', async (input) => {
      const refusal = await downloadReportCsv(input, text.csvFileName);
      if (refusal) setProblems(problemsOfRefusal(refusal, text.csvFailed));
      else setStatus(text.csvDone);
    });

  const errorAt = (path: string) =>
    problems.find((problem) => inputPathOf(draft, problem.field) === path)?.message;
  const form: FormBinding = { draft, update: (change) => setDraft(change), errorAt, focusLater };
  const summary = problems.map((problem) => {
    const path = problem.field ? inputPathOf(draft, problem.field) : undefined;
    return { fieldId: path ? inputId(path) : undefined, message: problem.message };
  });
  const outdated = report !== null && computedFrom !== draft;
  return { form, summary, report, outdated, busy, status, compute, exportCsv };
}

/**
 * The dispatch business's career-up training report (様式第11号 (11)): what was done is typed in, the API computes the
 * form's figures (yearly and three-year averages c ÷ d, the 8-hour check) and writes the CSV. Nothing is stored.
 */
export function DispatchReportPage() {
  usePageTitle(text.title);
  const { data: codes, error } = useQuery(DispatchReportCodesDocument, { fetchPolicy: 'cache-first' });
  const calculator = useCalculator();
  if (error) throw error;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void calculator.compute();
  }
  return (
    <>
      <PageHeader
        title={text.title}
        lead={
          <>
            {text.lead}{' '}
            <Link to="/jobcard" className={linkClass}>
              {text.back}
            </Link>
          </>
        }
      />
      {!codes ? (
        <p role="status">{text.loading}</p>
      ) : (
        <Form onSubmit={submit} validationBehavior="aria" className="flex flex-col gap-6">
          <ErrorSummary title={text.failed} problems={calculator.summary} />
          <ConsultingFields form={calculator.form} />
          <WorkersFields form={calculator.form} />
          <SheetsFields form={calculator.form} codes={codeOptionsOf(codes.dispatchReportCodes)} />
          <div className="flex flex-wrap items-center gap-4 rounded-16 bg-white p-4 shadow-sm">
            <Button type="submit" isPending={calculator.busy === 'compute'}>
              {text.compute}
            </Button>
            <Button
              variant="secondary"
              isPending={calculator.busy === 'csv'}
              onPress={() => void calculator.exportCsv()}
            >
              {text.csv}
            </Button>
            <BusyNote
              busy={calculator.busy !== null}
              message={calculator.busy === 'csv' ? text.csvBusy : text.computing}
            />
            <p role="status" className="font-bold text-green-1100 empty:hidden">
              {calculator.busy ? '' : calculator.status}
            </p>
          </div>
        </Form>
      )}
      {calculator.report ? (
        <div className="mt-6">
          {calculator.outdated ? (
            <p className="mb-4 rounded-8 border-2 border-yellow-900 bg-yellow-50 p-3 font-bold">
              {text.outdated}
            </p>
          ) : null}
          <ReportResults report={calculator.report} />
        </div>
      ) : null}
    </>
  );
}
