import { useApolloClient, useQuery } from '@apollo/client/react';
import { Badge, Button, EmptyState, formatDateTime, PageHeader, ScrollRegion } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { NotFoundPage } from '../../app/not-found-page';
import { usePageTitle } from '../../app/use-page-title';
import {
  PartnerReferralsContextDocument,
  ReferralImportsDocument,
  ReferralImportTemplateDocument,
  type ReferralFileFormat,
} from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { saveFile } from './files';
import { ImportUpload } from './import-upload';
import { partnerReferralMessages } from './messages';

const text = partnerReferralMessages.imports;
const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';

/** Bulk upload (/referrals/imports, the partner's head office): the template, the dry run, the import, past imports. */
export function ReferralImportsPage() {
  usePageTitle(text.title);
  const context = useQuery(PartnerReferralsContextDocument);
  if (context.error) throw context.error;
  if (!context.data) return <p role="status">{messages.loading}</p>;
  // Bulk upload is the head office's (the API refuses anyone else): others find no such page.
  if (!context.data.me.forwardsReferrals) return <NotFoundPage />;
  return (
    <>
      <PageHeader
        title={text.title}
        lead={text.lead}
        actions={
          <Link
            to="/referrals"
            className="inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 py-2 font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow"
          >
            {text.toList}
          </Link>
        }
      />
      <TemplateDownloads />
      <ImportUpload />
      <PastImports />
    </>
  );
}

function TemplateDownloads() {
  const client = useApolloClient();
  const [pending, setPending] = useState<ReferralFileFormat | null>(null);
  async function download(format: ReferralFileFormat) {
    setPending(format);
    try {
      const { data } = await client.query({ query: ReferralImportTemplateDocument, variables: { format } });
      const template = data?.referralImportTemplate;
      if (template) saveFile(template.fileName, template.mimeType, template.contentBase64);
    } finally {
      setPending(null);
    }
  }
  return (
    <section aria-labelledby="import-template" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="import-template" className="mb-2 text-xl font-bold">
        {text.templateTitle}
      </h2>
      <p className="mb-4">{text.templateLead}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" isPending={pending === 'XLSX'} onPress={() => void download('XLSX')}>
          {text.templateXlsx}
        </Button>
        <Button variant="secondary" isPending={pending === 'CSV'} onPress={() => void download('CSV')}>
          {text.templateCsv}
        </Button>
      </div>
    </section>
  );
}

function PastImports() {
  const { data, error } = useQuery(ReferralImportsDocument, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const statusLabel = useEnumLabel('ReferralImportStatus');
  if (error) throw error;
  const imports = data?.referralImports.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="import-past" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="import-past" className="mb-4 text-xl font-bold">
        {text.pastTitle}
      </h2>
      {data && !imports.length ? <EmptyState title={text.pastEmpty} /> : null}
      {imports.length ? (
        <ScrollRegion label={text.pastTableLabel}>
          <table className="w-full min-w-[40rem] border-collapse">
            <thead>
              <tr>
                {[text.fileName, text.status, text.imported, text.uploadedAt].map((heading) => (
                  <th key={heading} scope="col" className={th}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {imports.map((each) => (
                <tr key={each.id}>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    <Link
                      to="/referrals/imports/$importId"
                      params={{ importId: each.id }}
                      className="font-bold text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
                    >
                      {each.fileName}
                    </Link>
                  </th>
                  <td className={td}>
                    <Badge
                      tone={
                        each.status === 'FAILED' ? 'danger' : each.status === 'COMPLETED' ? 'success' : 'info'
                      }
                    >
                      {statusLabel(each.status)}
                    </Badge>
                  </td>
                  <td className={`${td} whitespace-nowrap`}>
                    {text.importedCell(each.importedCount, each.rowCount)}
                  </td>
                  <td className={`${td} whitespace-nowrap`}>{formatDateTime(each.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </section>
  );
}
