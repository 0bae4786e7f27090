import { useQuery } from '@apollo/client/react';
import { EmptyState } from '@kakehashi/web-ui';
import { Link, useRouteContext } from '@tanstack/react-router';
import { EvaluationSheetsDocument } from '../../gql/graphql';
import { sheetMessages } from './messages';
import { SheetsTable } from './sheets-table';

const text = sheetMessages.registrantSection;
const LINK =
  'text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** The registrant page's 評価シート: the person's sheets (an issued one shows its day), and a link to create one. */
export function RegistrantSheetsSection({ registrantId, name }: { registrantId: string; name: string }) {
  const { me } = useRouteContext({ from: '/signed-in' });
  const { data } = useQuery(EvaluationSheetsDocument, {
    variables: { registrantId },
    skip: !me.worksJobcard,
  });
  if (!data) return null;
  const sheets = data.evaluationSheets;
  const issued = sheets.filter((sheet) => sheet.issuedOn).length;
  return (
    <section aria-labelledby="registrant-sheets-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="registrant-sheets-heading" className="mb-2 text-xl font-bold">
        {text.heading}
      </h2>
      {sheets.length ? (
        <>
          <p className="mb-2">{text.issuedCount(issued)}</p>
          <SheetsTable label={text.tableLabel} sheets={sheets} />
        </>
      ) : (
        <EmptyState title={text.empty} />
      )}
      <p className="mt-4">
        <Link
          to="/jobcard/sheets/new"
          search={{ subjectKind: 'REGISTRANT', registrantId, traineeName: name }}
          className={LINK}
        >
          {text.create}
        </Link>
      </p>
    </section>
  );
}
