import { useQuery } from '@apollo/client/react';
import { EmptyState } from '@kakehashi/web-ui';
import { Link, useRouteContext } from '@tanstack/react-router';
import { CaseEvaluationSheetsDocument } from '../../gql/graphql';
import { sheetMessages } from './messages';
import { SheetsTable } from './sheets-table';

const text = sheetMessages.caseSection;
const LINK =
  'text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';

/**
 * The case page's 評価シート section, shown for a skills-development secondment only (spec §9.1): its sheets with where
 * each stands, a link to create one per secondee, and, in the API's words, what STEP5 still needs from the sheets.
 */
export function CaseSheetsSection({ caseId }: { caseId: string }) {
  const { me } = useRouteContext({ from: '/signed-in' });
  const { data } = useQuery(CaseEvaluationSheetsDocument, {
    variables: { id: caseId },
    skip: !me.worksJobcard,
  });
  const kase = data?.case;
  if (!kase?.skillsDevelopment) return null;
  const guard = kase.missingForNextStage.filter((item) => item.key.startsWith('jobcard.') && !item.done);
  const workers = kase.workers.filter((worker) => !worker.withdrawnOn);
  const create = (worker?: { id: string; label: string }) => ({
    subjectKind: 'CASE_SECONDEE' as const,
    caseId,
    caseWorkerId: worker?.id,
    traineeName: worker?.label,
  });
  return (
    <section aria-labelledby="case-sheets-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="case-sheets-heading" className="mb-2 text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mb-4">{text.lead}</p>
      {guard.length ? (
        <div className="mb-4 rounded-8 border-2 border-warning-yellow-2 p-4">
          <h3 className="font-bold">{text.guardTitle}</h3>
          <ul className="mt-1 list-disc pl-6">
            {guard.map((item) => (
              <li key={item.key}>
                <span className="font-bold">{item.label}</span>
                {item.detail ? `：${item.detail}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {kase.evaluationSheets.length ? (
        <SheetsTable label={text.tableLabel} sheets={kase.evaluationSheets} />
      ) : (
        <EmptyState title={text.empty} />
      )}
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        {(workers.length ? workers : [undefined]).map((worker) => (
          <li key={worker?.id ?? 'case'}>
            <Link to="/jobcard/sheets/new" search={create(worker)} className={LINK}>
              {worker ? text.createFor(worker.label) : text.create}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
