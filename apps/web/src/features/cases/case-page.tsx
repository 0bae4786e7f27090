import { useQuery } from '@apollo/client/react';
import { formatDate, PageHeader, StepList } from '@kakehashi/web-ui';
import { useParams } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { usePageTitle } from '../../app/use-page-title';
import { CaseDetailDocument, type CaseDetailFragment } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { useEnumLabel } from '../../shared/enum-labels';
import { CaseSheetsSection } from '../evaluation-sheets/case-sheets-section';
import { RetryNotesSection } from '../retry/retry-notes-section';
import { CaseHistory } from './case-history';
import { CasePageProvider } from './case-context';
import { currentStageOf, stepsOf } from './case-steps';
import { Checklist } from './checklist';
import { FollowUpsSection } from './follow-ups-section';
import { caseMessages } from './messages';
import { CaseSubsidyEstimates } from '../subsidies/case-subsidy-estimates';
import { StageActions } from './stage-actions';
import { StageRecords } from './stage-records';

const text = caseMessages;

/** Screen 7: one case from STEP1 to its end, with the checklist telling what is still missing. */
export function CasePage() {
  const { caseId } = useParams({ from: '/signed-in/cases/$caseId' });
  const { data, error, refetch } = useQuery(CaseDetailDocument, { variables: { id: caseId } });
  const kase = data?.case;
  usePageTitle(kase ? text.title(kase.number) : text.loading);
  if (!kase) {
    const refused = error ? apiErrorOf(error) : null;
    if (error && !refused?.code) throw error;
    return refused ? (
      <>
        <PageHeader title={text.notFound} />
        <p role="alert">{refused.message}</p>
      </>
    ) : (
      <p role="status">{text.loading}</p>
    );
  }
  const reload = async () => {
    await refetch();
  };
  return <CaseView kase={kase} reload={reload} />;
}

function CaseView({ kase, reload }: { kase: CaseDetailFragment; reload: () => Promise<void> }) {
  const [announcement, setAnnouncement] = useState('');
  const closed = kase.stage === 'COMPLETED' || kase.stage === 'NOT_ESTABLISHED';
  const current = currentStageOf(kase.stages);
  return (
    <CasePageProvider value={{ kase, reload, closed }}>
      <PageHeader
        title={text.title(kase.number)}
        lead={text.header.companies(kase.sendingCompany.legalName, kase.receivingCompany.legalName)}
      />
      <div className="flex flex-col gap-6">
        <CaseFacts kase={kase} />
        <StepList label={text.steps.label} steps={stepsOf(kase.stages)} />
        <p role="status" className="font-bold text-green-1100 empty:hidden">
          {announcement}
        </p>
        {current ? (
          <section aria-labelledby="current-stage-heading" className="rounded-16 bg-white p-6 shadow-sm">
            <h2 id="current-stage-heading" className="mb-1 text-xl font-bold">
              {`${text.header.stage}：${closed ? kase.stageLabel : current.label}`}
            </h2>
            {closed ? null : (
              <p className="mb-4 text-solid-gray-700">{text.header.daysInStage(kase.daysInStage)}</p>
            )}
            <Checklist kase={kase} stage={current} />
            <div className="mt-6">
              <StageActions announce={setAnnouncement} />
            </div>
          </section>
        ) : null}
        <StageRecords />
        <CaseSubsidyEstimates />
        <CaseSheetsSection caseId={kase.id} />
        {kase.establishedOn ? <FollowUpsSection /> : null}
        <RetryNotesSection caseId={kase.id} />
        <CaseHistory kase={kase} />
      </div>
    </CasePageProvider>
  );
}

/** The case at a glance: the move, the people, who is in charge, and how it ended if it has. */
function CaseFacts({ kase }: { kase: CaseDetailFragment }) {
  const moveType = useEnumLabel('MoveType');
  const reason = useEnumLabel('NotEstablishedReason');
  const outcome = useEnumLabel('CompletionOutcome');
  const kind = useEnumLabel('EstablishmentKind');
  const facts: [string, ReactNode][] = [
    [text.header.moveType, moveType(kase.moveType)],
    [text.header.people, text.header.peopleValue(kase.peoplePlanned, kase.peopleEstablished)],
    [
      text.header.consultants,
      text.header.consultantsValue(
        kase.sendingConsultant?.name ?? null,
        kase.receivingConsultant?.name ?? null,
      ),
    ],
    [text.header.offices, text.header.officesValue(kase.sendingOffice.nameJa, kase.receivingOffice.nameJa)],
  ];
  if (kase.establishedOn) facts.push([text.header.established, formatDate(kase.establishedOn)]);
  if (kase.establishments.length > 1) {
    facts.push([
      text.establishments.heading,
      kase.establishments
        .map((each) => text.establishments.item(kind(each.kind), formatDate(each.occurredOn), each.people))
        .join('、'),
    ]);
  }
  if (kase.stage === 'NOT_ESTABLISHED') {
    facts.push([
      text.header.notEstablished,
      [
        kase.endedOn ? formatDate(kase.endedOn) : null,
        kase.notEstablishedReason ? reason(kase.notEstablishedReason) : null,
        kase.notEstablishedNote,
      ]
        .filter(Boolean)
        .join('・'),
    ]);
  }
  if (kase.stage === 'COMPLETED') {
    facts.push([
      text.header.completed,
      [
        kase.endedOn ? formatDate(kase.endedOn) : null,
        kase.completionOutcome ? outcome(kase.completionOutcome) : null,
        kase.completionNote,
      ]
        .filter(Boolean)
        .join('・'),
    ]);
  }
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-16 bg-white p-6 shadow-sm sm:grid-cols-[auto_1fr]">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-bold">{term}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
