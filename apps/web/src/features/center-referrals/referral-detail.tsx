import { Badge, formatDate, formatDateTime } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { CenterReferralDetailFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { centerReferralMessages } from './messages';
import type { ReferralReference } from './use-referral-reference';

const fields = centerReferralMessages.fields;
const text = centerReferralMessages.detail;
const link =
  'font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-solid-gray-300 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="font-bold">{label}</dt>
      <dd className="min-w-0 break-words whitespace-pre-wrap">{children}</dd>
    </div>
  );
}

/** What the partner referred: the client, the need, the consent, where it stands. */
export function ReferralContent({
  referral,
  reference,
}: {
  referral: CenterReferralDetailFragment;
  reference: ReferralReference;
}) {
  const needLabel = useEnumLabel('ReferralNeed');
  const sizeLabel = useEnumLabel('CompanySize');
  const none = centerReferralMessages.none;
  return (
    <section aria-labelledby="referral-content" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="referral-content" className="mb-2 text-xl font-bold">
        {text.content}
      </h2>
      <dl>
        <Row label={fields.status}>
          {referral.statusLabel}
          {referral.possibleDuplicate ? (
            <span className="ml-2">
              <Badge tone="warning">{centerReferralMessages.duplicateBadge}</Badge>
            </span>
          ) : null}
        </Row>
        <Row label={fields.institution}>
          {[referral.institutionName, referral.branchName].filter(Boolean).join('　')}
        </Row>
        <Row label={fields.clientName}>{referral.clientName}</Row>
        <Row label={fields.corporateNumber}>
          {referral.clientCorporateNumber ?? centerReferralMessages.noCorporateNumber}
        </Row>
        <Row label={fields.industry}>{reference.industryName(referral.clientJsicMajorCode)}</Row>
        <Row label={fields.prefecture}>{reference.prefectureName(referral.clientPrefectureCode)}</Row>
        <Row label={fields.size}>
          {sizeLabel(referral.clientSize)}
          {referral.clientEmployeeCount != null
            ? `（${fields.employees} ${centerReferralMessages.people(referral.clientEmployeeCount)}）`
            : ''}
        </Row>
        <Row label={fields.need}>{needLabel(referral.need)}</Row>
        {referral.surplusPeople != null ? (
          <Row label={fields.surplusPeople}>{centerReferralMessages.people(referral.surplusPeople)}</Row>
        ) : null}
        {referral.shortagePeople != null ? (
          <Row label={fields.shortagePeople}>{centerReferralMessages.people(referral.shortagePeople)}</Row>
        ) : null}
        <Row label={fields.occupations}>{referral.occupations}</Row>
        <Row label={fields.desiredStartOn}>
          {referral.desiredStartOn ? formatDate(referral.desiredStartOn) : none}
        </Row>
        <Row label={fields.description}>{referral.description || none}</Row>
        <Row label={fields.consent}>
          {centerReferralMessages.consent(formatDate(referral.consentObtainedOn), referral.consentObtainedBy)}
        </Row>
        <Row label={fields.createdBy}>{referral.createdByName ?? none}</Row>
        <Row label={fields.forwardedAt}>
          {referral.forwardedAt ? formatDateTime(referral.forwardedAt) : none}
        </Row>
        <Row label={fields.office}>{referral.assignedOffice?.nameJa ?? none}</Row>
        {referral.returnReason ? <Row label={fields.returnReason}>{referral.returnReason}</Row> : null}
        {referral.outcomeLabel && referral.outcomeOn ? (
          <Row label={fields.outcome}>
            {centerReferralMessages.outcome.result(referral.outcomeLabel, formatDate(referral.outcomeOn))}
            {referral.outcomeNoCaseReason ? `　${referral.outcomeNoCaseReason}` : ''}
          </Row>
        ) : null}
      </dl>
    </section>
  );
}

/** Each possible duplicate next to this referral, so that headquarters can compare them field by field. */
export function ReferralDuplicates({
  referral,
  reference,
}: {
  referral: CenterReferralDetailFragment;
  reference: ReferralReference;
}) {
  const matchLabel = useEnumLabel('ReferralDuplicateMatch');
  const kindLabel = useEnumLabel('DuplicateCounterpartKind');
  const duplicates = referral.duplicates ?? [];
  if (!duplicates.length) return null;
  return (
    <section aria-labelledby="referral-duplicates" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="referral-duplicates" className="text-xl font-bold">
        {text.duplicates}
      </h2>
      <p className="mb-4 mt-1 text-solid-gray-700">{text.duplicatesLead}</p>
      <ul className="flex flex-col gap-4">
        {duplicates.map((duplicate) => {
          const other = duplicate.counterpart;
          return (
            <li key={duplicate.id} className="grid gap-4 md:grid-cols-2">
              <Side
                heading={text.thisReferral}
                rows={[
                  [fields.clientName, referral.clientName],
                  [fields.corporateNumber, referral.clientCorporateNumber],
                  [fields.prefecture, reference.prefectureName(referral.clientPrefectureCode)],
                  [fields.institution, referral.institutionName],
                  [fields.status, referral.statusLabel],
                  [fields.occupations, referral.occupations],
                ]}
              />
              <Side
                heading={`${text.matched(matchLabel(duplicate.matchedBy))}${other ? `：${kindLabel(other.kind)}` : ''}`}
                rows={
                  other
                    ? [
                        [fields.clientName, other.companyName ?? text.notForwarded],
                        [fields.corporateNumber, other.corporateNumber],
                        [fields.prefecture, reference.prefectureName(other.prefectureCode)],
                        [fields.institution, other.institutionName],
                        [fields.status, other.statusLabel],
                        [fields.occupations, other.detail],
                      ]
                    : []
                }
                link={
                  other?.viewable ? (
                    <CounterpartLink
                      kind={other.kind}
                      id={other.id}
                      name={text.openOne(kindLabel(other.kind), other.companyName ?? '')}
                    />
                  ) : null
                }
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Side({
  heading,
  rows,
  link: action,
}: {
  heading: string;
  rows: [string, string | null | undefined][];
  link?: ReactNode;
}) {
  return (
    <div className="min-w-0 rounded-8 border border-solid-gray-600 p-4">
      <h3 className="mb-2 font-bold">{heading}</h3>
      <dl>
        {rows.map(([label, value]) => (
          <Row key={label} label={label}>
            {value || centerReferralMessages.none}
          </Row>
        ))}
      </dl>
      {action ? <p className="mt-2">{action}</p> : null}
    </div>
  );
}

function CounterpartLink({ kind, id, name }: { kind: string; id: string; name: string }) {
  if (kind === 'REFERRAL') {
    return (
      <Link to="/inbox/referrals/$referralId" params={{ referralId: id }} className={link}>
        {name}
      </Link>
    );
  }
  return (
    <Link
      to={kind === 'SENDING_OFFER' ? '/offers/sending/$offerId' : '/offers/receiving/$offerId'}
      params={{ offerId: id }}
      className={link}
    >
      {name}
    </Link>
  );
}

/** The referral's history, oldest first. */
export function ReferralHistory({ referral }: { referral: CenterReferralDetailFragment }) {
  return (
    <section aria-labelledby="referral-history" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="referral-history" className="mb-2 text-xl font-bold">
        {text.history}
      </h2>
      <ol className="flex flex-col gap-2">
        {referral.history.map((event, index) => (
          <li key={index} className="flex flex-wrap gap-x-4 border-b border-solid-gray-300 pb-2">
            <span className="font-bold">{event.actionLabel}</span>
            <span>{formatDateTime(event.occurredAt)}</span>
            <span>{event.actorName}</span>
            {event.reason ? <span className="basis-full whitespace-pre-wrap">{event.reason}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
