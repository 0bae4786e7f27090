import { useQuery } from '@apollo/client/react';
import { EmptyState, formatDate, ScrollRegion } from '@kakehashi/web-ui';
import { messages } from '../../app/messages';
import { CompanyOffersDocument, type OfferStatus } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { companyMessages } from './messages';

const text = companyMessages.detail;

interface OfferRow {
  id: string;
  jobTitle: string;
  people: number;
  remaining: number;
  status: OfferStatus;
  receivedOn: string;
}

/** The company's sending and receiving information (the API's offer lists, filtered by this company). */
export function CompanyOffers({ companyId }: { companyId: string }) {
  const { data, error } = useQuery(CompanyOffersDocument, { variables: { companyId } });
  if (error && !data) throw error;
  return (
    <section aria-labelledby="company-offers" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="company-offers" className="mb-4 text-xl font-bold">
        {text.offers}
      </h2>
      {!data ? (
        <p role="status">{messages.loading}</p>
      ) : data.sendingOffers.totalCount + data.receivingOffers.totalCount === 0 ? (
        <EmptyState title={text.noOffers}>{text.noOffersHelp}</EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <OfferTable
            id="company-sending-offers"
            heading={text.sendingOffers(data.sendingOffers.totalCount)}
            rows={data.sendingOffers.edges.map(({ node }) => ({
              ...node,
              people: node.peopleCount,
              remaining: node.peopleAvailable,
            }))}
          />
          <OfferTable
            id="company-receiving-offers"
            heading={text.receivingOffers(data.receivingOffers.totalCount)}
            rows={data.receivingOffers.edges.map(({ node }) => ({
              ...node,
              people: node.peopleWanted,
              remaining: node.peopleRemaining,
            }))}
          />
        </div>
      )}
    </section>
  );
}

function OfferTable({ id, heading, rows }: { id: string; heading: string; rows: OfferRow[] }) {
  const statusLabel = useEnumLabel('OfferStatus');
  const th = 'border-b-2 border-solid-gray-600 px-2 py-2 text-left font-bold whitespace-nowrap';
  const td = 'border-b border-solid-gray-300 px-2 py-2 align-top';
  return (
    <div>
      <h3 id={id} className="mb-2 font-bold">
        {heading}
      </h3>
      {rows.length ? (
        <ScrollRegion labelledBy={id}>
          <table className="w-full min-w-[32rem] border-collapse">
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {text.jobTitle}
                </th>
                <th scope="col" className={th}>
                  {text.people}
                </th>
                <th scope="col" className={th}>
                  {text.remaining}
                </th>
                <th scope="col" className={th}>
                  {text.status}
                </th>
                <th scope="col" className={th}>
                  {text.receivedOn}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    {row.jobTitle}
                  </th>
                  <td className={td}>{text.personCount(row.people)}</td>
                  <td className={td}>{text.personCount(row.remaining)}</td>
                  <td className={td}>{statusLabel(row.status)}</td>
                  <td className={td}>{formatDate(row.receivedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p className="text-solid-gray-700">{text.noneOfKind}</p>
      )}
    </div>
  );
}
