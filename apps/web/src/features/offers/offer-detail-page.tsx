import { useQuery } from '@apollo/client/react';
import { formatCount, formatDate, formatDateTime, formatYen, PageHeader } from '@kakehashi/web-ui';
import { getRouteApi, Link, useRouteContext, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  ReceivingOfferDocument,
  SendingOfferDocument,
  type ReceivingOfferDetailFragment,
  type SendingOfferDetailFragment,
} from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { offersMessages, type OfferKind } from './messages';
import { mayEditOffer } from './offer-access';
import './offer-saved';
import { OfferStatusBadge } from './offer-table';

const text = offersMessages.detail;
const fields = offersMessages.fields;
const units = offersMessages.units;
const sendingRoute = getRouteApi('/signed-in/offers/sending/$offerId');
const receivingRoute = getRouteApi('/signed-in/offers/receiving/$offerId');

type Fact = [label: string, value: ReactNode];

function orDash(value: ReactNode): ReactNode {
  return value === null || value === undefined || value === '' ? text.notGiven : value;
}

function Facts({ id, heading, facts }: { id: string; heading: string; facts: Fact[] }) {
  return (
    <section aria-labelledby={id} className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id={id} className="mb-4 text-xl font-bold">
        {heading}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(8rem,auto)_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd className="mb-2 break-words sm:mb-0">{orDash(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function SkillList({ skills }: { skills: { key: string; label: string }[] }) {
  if (!skills.length) return <>{text.noSkills}</>;
  return (
    <ul className="flex flex-wrap gap-2">
      {skills.map((skill) => (
        <li
          key={skill.key}
          className="rounded-full border border-blue-900 bg-blue-50 px-3 py-0.5 text-blue-1000"
        >
          {skill.label}
        </li>
      ))}
    </ul>
  );
}

function OfferFrame({
  kind,
  offer,
  children,
}: {
  kind: OfferKind;
  offer: { id: string; jobTitle: string; owningOffice: { id: string }; company: { legalName: string } };
  children: ReactNode;
}) {
  usePageTitle(`${offer.jobTitle}（${offersMessages.kindName(kind)}）`);
  const { me } = useRouteContext({ from: '/signed-in' });
  const saved = useRouterState({ select: (state) => state.location.state.offerSaved });
  const base = `/offers/${kind}`;
  const editable = mayEditOffer(me, offer.owningOffice.id);
  return (
    <>
      <p className="mb-2">
        <Link to={base} className="text-blue-900 underline underline-offset-4">
          {text.backToList(kind)}
        </Link>
      </p>
      <PageHeader
        title={offer.jobTitle}
        lead={`${offersMessages.kindName(kind)}・${offer.company.legalName}`}
        actions={
          <>
            <a
              href={`${base}/${offer.id}/matches`}
              className="inline-flex min-h-11 items-center rounded-8 bg-blue-900 px-4 py-2 font-bold text-white outline-none hover:bg-blue-1000 focus-visible:ring-4 focus-visible:ring-focus-yellow focus-visible:ring-offset-2"
            >
              {text.matches}
            </a>
            {editable ? (
              <Link
                to={kind === 'sending' ? '/offers/sending/$offerId/edit' : '/offers/receiving/$offerId/edit'}
                params={{ offerId: offer.id }}
                className="inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 py-2 font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow"
              >
                {text.edit}
              </Link>
            ) : null}
          </>
        }
      />
      {saved ? (
        <p role="status" className="mb-4 rounded-8 border border-green-900 bg-green-50 p-3">
          {saved === 'created' ? text.created : text.updated}
        </p>
      ) : null}
      {editable ? null : <p className="mb-4 text-solid-gray-700">{text.readOnly}</p>}
      <div className="grid gap-6 lg:grid-cols-2">{children}</div>
    </>
  );
}

function NotFound({ kind }: { kind: OfferKind }) {
  usePageTitle(text.notFound(kind));
  return (
    <PageHeader
      title={text.notFound(kind)}
      lead={
        <Link to={`/offers/${kind}`} className="text-blue-900 underline underline-offset-4">
          {text.backToList(kind)}
        </Link>
      }
    />
  );
}

export function SendingOfferPage() {
  const { offerId } = sendingRoute.useParams();
  const { data, error } = useQuery(SendingOfferDocument, { variables: { id: offerId } });
  if (error && !data) throw error;
  if (!data) return <p role="status">{messages.loading}</p>;
  if (!data.sendingOffer) return <NotFound kind="sending" />;
  return <SendingOfferDetail offer={data.sendingOffer} />;
}

function SendingOfferDetail({ offer }: { offer: SendingOfferDetailFragment }) {
  const label = {
    moveType: useEnumLabel('MoveTypeWanted'),
    reason: useEnumLabel('SendingReason'),
    ageBand: useEnumLabel('AgeBand'),
    condition: useEnumLabel('WorkplaceCondition'),
  };
  return (
    <OfferFrame kind="sending" offer={offer}>
      <Facts
        id="offer-summary"
        heading={text.summary}
        facts={[
          [fields.status, <OfferStatusBadge key="status" status={offer.status} />],
          [fields.company, `${offer.company.legalName}（${offer.company.prefecture.nameJa}）`],
          [fields.owningOffice, offer.owningOffice.nameJa],
          [fields.receivedOn, formatDate(offer.receivedOn)],
          [fields.occupationCode, `${offer.occupation.code} ${offer.occupation.nameJa}`],
          [fields.moveType, label.moveType(offer.moveType)],
          [fields.peopleCount, formatCount(offer.peopleCount, units.people)],
          [fields.people.sending, formatCount(offer.peopleAvailable, units.people)],
          [fields.reason, label.reason(offer.reason)],
          [fields.reasonDetail, offer.reasonDetail],
        ]}
      />
      <Facts
        id="offer-conditions"
        heading={text.conditionsHeading}
        facts={[
          [fields.skills, <SkillList key="skills" skills={offer.skills} />],
          [
            fields.experienceYears,
            offer.experienceYears == null ? null : `${offer.experienceYears}${units.years}`,
          ],
          [fields.ageBand, offer.ageBand ? label.ageBand(offer.ageBand) : null],
          [fields.monthlyWage.sending, offer.monthlyWage == null ? null : formatYen(offer.monthlyWage)],
          [
            fields.desiredPeriodMonths,
            offer.desiredPeriodMonths == null ? null : `${offer.desiredPeriodMonths}${units.months}`,
          ],
          [
            fields.acceptablePrefectureCodes,
            offer.acceptablePrefectures.length
              ? offer.acceptablePrefectures.map((each) => each.nameJa).join('、')
              : text.anywhere,
          ],
          [fields.earliestStartOn, offer.earliestStartOn ? formatDate(offer.earliestStartOn) : null],
          [fields.conditions.sending, offer.conditions.map(label.condition).join('、')],
          [fields.notes, offer.notes],
          [text.versionLabel, text.version(offer.version, formatDateTime(offer.updatedAt))],
        ]}
      />
    </OfferFrame>
  );
}

export function ReceivingOfferPage() {
  const { offerId } = receivingRoute.useParams();
  const { data, error } = useQuery(ReceivingOfferDocument, { variables: { id: offerId } });
  if (error && !data) throw error;
  if (!data) return <p role="status">{messages.loading}</p>;
  if (!data.receivingOffer) return <NotFound kind="receiving" />;
  return <ReceivingOfferDetail offer={data.receivingOffer} />;
}

function ReceivingOfferDetail({ offer }: { offer: ReceivingOfferDetailFragment }) {
  const label = {
    moveType: useEnumLabel('MoveType'),
    shift: useEnumLabel('ShiftPattern'),
    condition: useEnumLabel('WorkplaceCondition'),
  };
  return (
    <OfferFrame kind="receiving" offer={offer}>
      <Facts
        id="offer-summary"
        heading={text.summary}
        facts={[
          [fields.status, <OfferStatusBadge key="status" status={offer.status} />],
          [fields.company, offer.company.legalName],
          [fields.owningOffice, offer.owningOffice.nameJa],
          [fields.receivedOn, formatDate(offer.receivedOn)],
          [fields.occupationCode, `${offer.occupation.code} ${offer.occupation.nameJa}`],
          [fields.moveTypes, offer.moveTypes.map(label.moveType).join('・')],
          [fields.peopleWanted, formatCount(offer.peopleWanted, units.people)],
          [fields.people.receiving, formatCount(offer.peopleRemaining, units.people)],
          [fields.duties, offer.duties],
        ]}
      />
      <Facts
        id="offer-conditions"
        heading={text.conditionsHeading}
        facts={[
          [fields.requiredSkills, <SkillList key="required" skills={offer.requiredSkills} />],
          [fields.preferredSkills, <SkillList key="preferred" skills={offer.preferredSkills} />],
          [
            fields.minExperienceYears,
            offer.minExperienceYears == null ? null : `${offer.minExperienceYears}${units.years}`,
          ],
          [fields.monthlyWage.receiving, offer.monthlyWage == null ? null : formatYen(offer.monthlyWage)],
          [fields.periodMonths, offer.periodMonths == null ? null : `${offer.periodMonths}${units.months}`],
          [fields.startBy, offer.startBy ? formatDate(offer.startBy) : null],
          [
            fields.workplacePrefectureCode,
            [offer.workplacePrefecture.nameJa, offer.workplaceCity].filter(Boolean).join(' '),
          ],
          [fields.workingHours, offer.workingHours],
          [fields.shiftPattern, offer.shiftPattern ? label.shift(offer.shiftPattern) : null],
          [fields.conditions.receiving, offer.conditions.map(label.condition).join('、')],
          [fields.notes, offer.notes],
          [text.versionLabel, text.version(offer.version, formatDateTime(offer.updatedAt))],
        ]}
      />
    </OfferFrame>
  );
}
