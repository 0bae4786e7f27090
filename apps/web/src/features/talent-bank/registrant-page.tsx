import { useMutation, useQuery } from '@apollo/client/react';
import { Button, formatDate, PageHeader, todayInJapan } from '@kakehashi/web-ui';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  RecordTalentBankContactDocument,
  TalentBankRegistrantDocument,
  type TalentBankRecordFragment,
} from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { failureOf } from '../../shared/form-problems';
import { RetryNotesSection } from '../retry/retry-notes-section';
import { CareerDialog } from './career-dialog';
import { CareerSection, Facts, WishesSection } from './career-section';
import { ContactReveal } from './contact-reveal';
import { ExportButton } from './export-button';
import { MatchesSection, type OpeningMatch } from './matches-section';
import { talentBankMessages } from './messages';
import { ReemploymentDialog } from './reemployment-dialog';
import { SupportRequestSection } from './support-request-section';
import { WishesDialog } from './wishes-dialog';
import { WithdrawDialog } from './withdraw-dialog';
import { RegistrantSheetsSection } from '../evaluation-sheets/registrant-sheets-section';

const text = talentBankMessages.record;

const linkClass = 'text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';

/**
 * One registrant: the registration and consent, the contact details on an explicit (logged) action, the Job Card
 * career and the wishes, matching openings, the re-employment, the export, and the withdrawal of consent.
 */
export function RegistrantPage() {
  const { registrantId } = useParams({ from: '/signed-in/talent-bank/$registrantId' });
  const search = useSearch({ from: '/signed-in/talent-bank/$registrantId' });
  const { data, error } = useQuery(TalentBankRegistrantDocument, { variables: { id: registrantId } });
  const record = data?.talentBankRegistrant;
  usePageTitle(record ? record.name : talentBankMessages.list.title);
  const [status, setStatus] = useState<string>(search.saved === 'registered' ? text.registered : '');
  const [dialog, setDialog] = useState<
    | { kind: 'reemployment'; via: OpeningMatch | null }
    | { kind: 'withdraw' }
    | { kind: 'career' }
    | { kind: 'wishes' }
    | null
  >(null);
  if (error) throw error;
  if (!data || !record) return <p role="status">{messages.loading}</p>;
  const prefectureName = (code: string) =>
    data.prefectures.find((each) => each.code === code)?.nameJa ?? code;
  const active = record.status === 'ACTIVE';

  return (
    <>
      <PageHeader
        title={record.name}
        lead={
          <Link to="/talent-bank" className={linkClass}>
            {text.back}
          </Link>
        }
      />
      <p role="status" className={status ? 'mb-4 rounded-8 bg-green-50 p-3 font-bold' : 'sr-only'}>
        {status}
      </p>
      <div className="flex flex-col gap-6">
        <Summary record={record} />
        {record.anonymised ? <p>{text.anonymised}</p> : <ContactReveal registrantId={record.id} />}
        <SupportRequestSection supportRequestId={record.supportRequestId ?? null} />
        <CareerSection record={record} onEdit={active ? () => setDialog({ kind: 'career' }) : undefined} />
        <WishesSection
          record={record}
          prefectureName={prefectureName}
          onEdit={active ? () => setDialog({ kind: 'wishes' }) : undefined}
        />
        <MatchesSection
          registrantId={record.id}
          active={active}
          onRecord={(via) => setDialog({ kind: 'reemployment', via })}
        />
        <RetryNotesSection registrantId={record.id} />
        <Reemployment record={record} onRecord={() => setDialog({ kind: 'reemployment', via: null })} />
        <RegistrantSheetsSection registrantId={record.id} name={record.name} />
        <Actions
          record={record}
          expiryNotice={data.talentBankGuidance.expiryNotice}
          onWithdraw={() => setDialog({ kind: 'withdraw' })}
          onStatus={setStatus}
        />
      </div>
      {dialog?.kind === 'reemployment' ? (
        <ReemploymentDialog
          record={record}
          via={dialog.via}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setStatus(talentBankMessages.reemployment.done);
          }}
        />
      ) : null}
      {dialog?.kind === 'career' ? (
        <CareerDialog
          record={record}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setStatus(talentBankMessages.editCareer.done);
          }}
        />
      ) : null}
      {dialog?.kind === 'wishes' ? (
        <WishesDialog
          record={record}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setStatus(talentBankMessages.editWishes.done);
          }}
        />
      ) : null}
      {dialog?.kind === 'withdraw' ? (
        <WithdrawDialog
          record={record}
          notice={data.talentBankGuidance.withdrawalNotice}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setStatus(talentBankMessages.withdraw.done);
          }}
        />
      ) : null}
    </>
  );
}

function Summary({ record }: { record: TalentBankRecordFragment }) {
  const ageBand = useEnumLabel('TalentBankAgeBand');
  const gender = useEnumLabel('TalentBankGender');
  const day = (value: string | null | undefined) => (value ? formatDate(value) : text.none);
  return (
    <section aria-labelledby="tb-summary-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="tb-summary-heading" className="mb-4 text-xl font-bold">
        {text.summary}
      </h2>
      {record.status !== 'ACTIVE' ? (
        <p className="mb-4 font-bold">{talentBankMessages.closedNotice(record.statusLabel)}</p>
      ) : null}
      <Facts
        rows={[
          [text.status, record.statusLabel],
          [text.kana, record.kana],
          [text.office, record.office.nameJa],
          [text.ageBand, ageBand(record.ageBandAtRegistration)],
          [text.prefecture, record.prefecture.nameJa],
          [text.gender, record.gender ? gender(record.gender) : text.none],
          [text.reason, record.eligibilityReasonLabel],
          [text.leftJobOn, day(record.leftJobOn)],
          [text.registeredOn, day(record.registeredOn)],
          [text.lastContactedOn, day(record.lastContactedOn)],
          [text.closedOn, day(record.closedOn)],
        ]}
      />
      <h3 className="mb-2 mt-6 font-bold">{text.consent}</h3>
      <Facts
        rows={[
          [text.consentGivenOn, day(record.consent.givenOn)],
          [text.purposeVersion, record.consent.purposeVersion],
          [text.consentMethod, record.consent.methodLabel],
          [text.withdrawnOn, day(record.consent.withdrawnOn)],
        ]}
      />
    </section>
  );
}

function Reemployment({ record, onRecord }: { record: TalentBankRecordFragment; onRecord: () => void }) {
  const r = talentBankMessages.reemployment;
  const type = useEnumLabel('ReemploymentType');
  const band = useEnumLabel('ReemploymentWageBand');
  const done = record.reemployment;
  return (
    <section aria-labelledby="tb-reemployment-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="tb-reemployment-heading" className="mb-4 text-xl font-bold">
        {r.heading}
      </h2>
      {done ? (
        <Facts
          rows={[
            [r.reemployedOn, formatDate(done.reemployedOn)],
            [r.employer, done.employer.legalName],
            [r.jobTitle, done.jobTitle],
            [r.occupation, done.occupation.nameJa],
            [r.employmentType, type(done.employmentType)],
            [r.wageBand, band(done.wageBand)],
          ]}
        />
      ) : (
        <>
          <p>{r.none}</p>
          {record.status === 'ACTIVE' ? (
            <Button className="mt-4" onPress={onRecord}>
              {r.record}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}

function Actions({
  record,
  expiryNotice,
  onWithdraw,
  onStatus,
}: {
  record: TalentBankRecordFragment;
  expiryNotice: string;
  onWithdraw: () => void;
  onStatus: (message: string) => void;
}) {
  const [recordContact, { loading }] = useMutation(RecordTalentBankContactDocument);
  const active = record.status === 'ACTIVE';
  async function contact() {
    const today = todayInJapan();
    try {
      await recordContact({
        variables: {
          input: { registrantId: record.id, expectedVersion: record.version, contactedOn: today },
        },
      });
      onStatus(text.contactRecorded(today));
    } catch (error) {
      onStatus(failureOf(error, text.contactFailed).message ?? text.contactFailed);
    }
  }
  return (
    <section aria-labelledby="tb-actions-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="tb-actions-heading" className="mb-4 text-xl font-bold">
        {text.actions}
      </h2>
      <div className="flex flex-col gap-4">
        {!record.anonymised ? <ExportButton registrantId={record.id} /> : null}
        {active ? (
          <>
            <div>
              <Button variant="secondary" isPending={loading} onPress={() => void contact()}>
                {text.recordContact}
              </Button>
              <p className="mt-1 text-sm text-solid-gray-700">{expiryNotice}</p>
            </div>
            <div>
              <h3 className="font-bold">{talentBankMessages.withdraw.heading}</h3>
              <Button variant="danger" className="mt-2" onPress={onWithdraw}>
                {talentBankMessages.withdraw.open}
              </Button>
            </div>
          </>
        ) : null}
      </div>
    </section>
  );
}
