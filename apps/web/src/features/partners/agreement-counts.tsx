import { useQuery } from '@apollo/client/react';
import { formatCount, formatDate } from '@kakehashi/web-ui';
import { messages } from '../../app/messages';
import { PartnerAgreementCountsDocument } from '../../gql/graphql';
import { partnerMessages } from './messages';

const text = partnerMessages.list;

/** 連携協定の締結状況: the agreements in force on the chosen date, by type, as the API counts them. */
export function AgreementCounts({ asOf }: { asOf: string }) {
  const { data, error, previousData } = useQuery(PartnerAgreementCountsDocument, { variables: { asOf } });
  if (error) throw error;
  const shown = data ?? previousData;
  return (
    <section aria-labelledby="partner-counts" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="partner-counts" className="mb-4 text-xl font-bold">
        {text.counts(formatDate(asOf))}
      </h2>
      {shown ? (
        <dl aria-label={text.countsLabel} className="grid grid-cols-2 gap-4 sm:grid-cols-5">
          {shown.partnerAgreementCounts.byType.map((each) => (
            <div key={each.type} className="rounded-8 border border-solid-gray-420 p-3">
              <dt className="text-sm">{each.typeLabel}</dt>
              <dd className="text-2xl font-bold tabular-nums">{formatCount(each.count, '件')}</dd>
            </div>
          ))}
          <div className="rounded-8 border-2 border-blue-900 p-3">
            <dt className="text-sm font-bold">{text.countsTotal}</dt>
            <dd className="text-2xl font-bold tabular-nums">
              {formatCount(shown.partnerAgreementCounts.total, '件')}
            </dd>
          </div>
        </dl>
      ) : (
        <p role="status">{messages.loading}</p>
      )}
    </section>
  );
}
