import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  formatDate,
  formatDateTime,
  PageHeader,
  StepList,
  formatCount,
} from '@kakehashi/web-ui';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  PartnerReferralDocument,
  SubmitPartnerReferralDocument,
  type PartnerReferralFragment,
} from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { useEnumLabel } from '../../shared/enum-labels';
import { partnerMessages } from './messages';
import { linkButtonClass } from './partner-ui';
import { isCorrectable } from './referral-access';
import { isReferralNotFound, ReferralNotFound } from './referral-not-found';
import { referralSteps } from './referral-steps';
import { useReferralFormLists } from './use-referral-form-lists';

const text = partnerMessages.referral;
/** The form's labels as headings of what was given (the form's 「（任意）」 says nothing here). */
const labels = Object.fromEntries(
  Object.entries(partnerMessages.form.labels).map(([field, label]) => [field, label.replace('（任意）', '')]),
) as Record<keyof typeof partnerMessages.form.labels, string>;
const route = getRouteApi('/signed-in/referrals/$referralId/');

/** A partner's referral: where it stands on its path, its dates, the Center's answer and outcome, its content. */
export function ReferralPage() {
  const { referralId } = route.useParams();
  const { saved } = route.useSearch();
  const { data, error } = useQuery(PartnerReferralDocument, { variables: { id: referralId } });
  if (error && !data) {
    if (isReferralNotFound(apiErrorOf(error)?.code ?? null)) return <ReferralNotFound />;
    throw error;
  }
  if (!data) return <p role="status">{messages.loading}</p>;
  return <ReferralView referral={data.referral} saved={saved} />;
}

type Fact = [label: string, value: ReactNode];

function Facts({ id, heading, facts }: { id: string; heading: string; facts: Fact[] }) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-16 bg-white p-6 shadow-sm">
      <h2 id={id} className="mb-4 text-xl font-bold">
        {heading}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(8rem,auto)_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd className="mb-2 break-words sm:mb-0">
              {value === null || value === undefined || value === '' ? text.notGiven : value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ReferralView({ referral, saved }: { referral: PartnerReferralFragment; saved?: string }) {
  usePageTitle(text.title(referral.clientName));
  const statusLabel = useEnumLabel('ReferralStatus');
  const sizeLabel = useEnumLabel('CompanySize');
  const needLabel = useEnumLabel('ReferralNeed');
  const { lists } = useReferralFormLists();
  const labelIn = (list: 'industries' | 'prefectures', value: string) =>
    lists?.[list].find((option) => option.value === value)?.label ?? '';
  const correctable = isCorrectable(referral.status);
  const dates = text.dates;
  const when = (value: string | null | undefined) => (value ? formatDate(value) : null);
  const people = (value: number | null | undefined) =>
    value === null || value === undefined ? null : text.people(value);
  return (
    <>
      <p className="mb-2">
        <Link to="/" className="text-blue-900 underline underline-offset-4">
          {text.backHome}
        </Link>
      </p>
      <PageHeader
        title={text.title(referral.clientName)}
        lead={<Badge tone={referral.status === 'RETURNED' ? 'danger' : 'info'}>{referral.statusLabel}</Badge>}
        actions={correctable ? <ReferralActions referral={referral} /> : null}
      />
      {saved && saved in text.saved ? (
        <p role="status" className="mb-4 rounded-8 border border-green-900 bg-green-50 p-3">
          {text.saved[saved as keyof typeof text.saved]}
        </p>
      ) : null}
      {referral.status === 'RETURNED' ? (
        <div className="mb-4 rounded-8 border-2 border-error-1 bg-white p-4">
          <p className="font-bold">{text.returnedNotice}</p>
          <p className="mt-1 break-words">
            {text.facts.returnReason}：{referral.returnReason}
          </p>
        </div>
      ) : null}
      <div className="mb-6 rounded-16 bg-white p-6 shadow-sm">
        <StepList label={text.steps} steps={referralSteps(referral, statusLabel)} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Facts
          id="referral-status"
          heading={text.sections.status}
          facts={[
            [text.facts.status, referral.statusLabel],
            [text.facts.returnReason, referral.returnReason],
            [text.facts.office, referral.assignedOffice?.nameJa],
            [text.facts.outcome, referral.outcomeLabel],
            [text.facts.outcomeOn, when(referral.outcomeOn)],
            [text.facts.duplicate, referral.possibleDuplicate ? text.facts.duplicateText : null],
            [
              text.facts.referredBy,
              [referral.institutionName, referral.branchName].filter(Boolean).join(' '),
            ],
            [text.facts.createdBy, referral.createdByName],
          ]}
        />
        <Facts
          id="referral-dates"
          heading={text.sections.dates}
          facts={[
            [dates.createdAt, when(referral.createdAt)],
            [dates.submittedAt, when(referral.submittedAt)],
            [dates.forwardedAt, when(referral.forwardedAt)],
            [dates.acceptedAt, when(referral.acceptedAt)],
            [dates.returnedAt, when(referral.returnedAt)],
            [dates.assignedAt, when(referral.assignedAt)],
            [dates.convertedAt, when(referral.convertedAt)],
            [dates.closedAt, when(referral.closedAt)],
          ]}
        />
        <Facts
          id="referral-content"
          heading={text.sections.content}
          facts={[
            [labels.clientName, referral.clientName],
            [labels.clientCorporateNumber, referral.clientCorporateNumber],
            [labels.clientJsicMajorCode, labelIn('industries', referral.clientJsicMajorCode)],
            [labels.clientPrefectureCode, labelIn('prefectures', referral.clientPrefectureCode)],
            [labels.clientSize, sizeLabel(referral.clientSize)],
            [
              labels.clientEmployeeCount,
              referral.clientEmployeeCount === null || referral.clientEmployeeCount === undefined
                ? null
                : formatCount(referral.clientEmployeeCount, '人'),
            ],
            [labels.need, needLabel(referral.need)],
            [labels.surplusPeople, people(referral.surplusPeople)],
            [labels.shortagePeople, people(referral.shortagePeople)],
            [labels.occupations, referral.occupations],
            [labels.desiredStartOn, when(referral.desiredStartOn)],
            [labels.description, referral.description],
            [labels.consentObtainedOn, when(referral.consentObtainedOn)],
            [labels.consentObtainedBy, referral.consentObtainedBy],
          ]}
        />
        <section aria-labelledby="referral-history" className="min-w-0 rounded-16 bg-white p-6 shadow-sm">
          <h2 id="referral-history" className="mb-4 text-xl font-bold">
            {text.sections.history}
          </h2>
          <ol className="flex flex-col gap-2">
            {referral.history.map((event) => (
              <li key={event.id} className="border-b border-solid-gray-300 pb-2">
                <p>
                  <span className="font-bold">{event.actionLabel}</span>
                  {text.historyBy(event.actorName)}
                </p>
                <p className="text-sm text-solid-gray-700">{formatDateTime(event.occurredAt)}</p>
                {event.reason ? <p className="break-words">{event.reason}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}

/** Correct (on the edit page) and submit a draft or a returned referral, at the version shown. */
function ReferralActions({ referral }: { referral: PartnerReferralFragment }) {
  const navigate = useNavigate();
  const [submit, { loading }] = useMutation(SubmitPartnerReferralDocument);
  const [refusal, setRefusal] = useState<string | null>(null);
  async function onSubmit() {
    setRefusal(null);
    try {
      await submit({ variables: { input: { id: referral.id, expectedVersion: referral.version } } });
      await navigate({
        to: '/referrals/$referralId',
        params: { referralId: referral.id },
        search: { saved: 'submitted' },
        replace: true,
      });
    } catch (caught) {
      const info = apiErrorOf(caught);
      if (!info) throw caught;
      setRefusal([info.message, ...info.fields.map((each) => each.message)].filter(Boolean).join(' '));
    }
  }
  return (
    <>
      <Link
        to="/referrals/$referralId/edit"
        params={{ referralId: referral.id }}
        className={linkButtonClass('secondary')}
      >
        {text.edit}
      </Link>
      <Button isPending={loading} onPress={() => void onSubmit()}>
        {referral.status === 'RETURNED' ? text.resubmit : text.submit}
      </Button>
      {refusal ? (
        <p role="alert" className="basis-full rounded-8 border-2 border-error-1 bg-white p-3">
          <span className="font-bold">{text.failed}：</span>
          {refusal}
        </p>
      ) : null}
    </>
  );
}
