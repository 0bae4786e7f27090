import { useQuery } from '@apollo/client/react';
import { formatDate } from '@kakehashi/web-ui';
import {
  TalentBankSupportRequestDocument,
  type TalentBankSupportRequestRecordFragment,
} from '../../gql/graphql';
import { Facts } from './career-section';
import { talentBankMessages } from './messages';

const text = talentBankMessages.supportRequests;

/** A support request's facts: the company, when it asked, its contact, how many people and their leaving dates. */
export function SupportRequestFacts({ request }: { request: TalentBankSupportRequestRecordFragment }) {
  return (
    <Facts
      rows={[
        [text.company, request.company.legalName],
        [text.receivedOn, formatDate(request.receivedOn)],
        [
          text.contact,
          [request.contactName, request.contactDepartment, request.contactPhone, request.contactEmail]
            .filter(Boolean)
            .join('・'),
        ],
        [text.peopleCount, text.people(request.peopleCount)],
        [text.expectedLeavingOn, request.expectedLeavingDates.map(formatDate).join('、') || text.none],
        [text.notes, request.notes ?? text.none],
      ]}
    />
  );
}

/** The requesting company's support request the registrant came with, if any. */
export function SupportRequestSection({ supportRequestId }: { supportRequestId: string | null }) {
  const { data } = useQuery(TalentBankSupportRequestDocument, {
    variables: { id: supportRequestId ?? '' },
    skip: !supportRequestId,
  });
  return (
    <section aria-labelledby="tb-support-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="tb-support-heading" className="mb-4 text-xl font-bold">
        {text.heading}
      </h2>
      {!supportRequestId ? (
        <p>{text.noRequest}</p>
      ) : data ? (
        <SupportRequestFacts request={data.talentBankSupportRequest} />
      ) : null}
    </section>
  );
}
