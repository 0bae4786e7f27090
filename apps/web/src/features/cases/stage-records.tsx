import type { ComponentType } from 'react';
import { useCasePage } from './case-context';
import { nextMoveOf, recordsOf, type RecordKey } from './case-steps';
import { caseMessages } from './messages';
import { ContractForm } from './records/contract-form';
import { EstablishmentForm } from './records/establishment-form';
import { HiringForm } from './records/hiring-form';
import { InternalProcedureForm } from './records/internal-procedure-form';
import { MeetingForm } from './records/meeting-form';
import { TourForm } from './records/tour-form';
import { WorkersForm } from './records/workers-form';

const FORMS: Record<RecordKey, ComponentType> = {
  meeting: MeetingForm,
  workers: WorkersForm,
  internalProcedure: InternalProcedureForm,
  workplaceTour: TourForm,
  contract: ContractForm,
  hiringAgreement: HiringForm,
};

/**
 * The records of the current stage, the establishment that moves it on, and (folded) the records of the stages
 * passed, which can still be corrected. (The completion follows the follow-ups it closes.)
 */
export function StageRecords() {
  const { kase, closed } = useCasePage();
  const { current, earlier } = recordsOf(kase.stages);
  const move = nextMoveOf(kase.stage, kase.stages);
  const open = current.map((key) => ({ key, Form: FORMS[key] }));
  const passed = earlier.map((key) => ({ key, Form: FORMS[key] }));
  const hasCurrent = open.length > 0 || (!closed && move === 'establish');
  return (
    <>
      {hasCurrent ? (
        <section aria-labelledby="stage-records-heading" className="flex flex-col gap-4">
          <h2 id="stage-records-heading" className="text-xl font-bold">
            {caseMessages.records.heading}
          </h2>
          {open.map(({ key, Form }) => (
            <Form key={key} />
          ))}
          {!closed && move === 'establish' ? <EstablishmentForm /> : null}
        </section>
      ) : null}
      {passed.length ? (
        <details className="rounded-16 bg-white p-4 shadow-sm">
          <summary className="min-h-11 cursor-pointer py-2 text-lg font-bold outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow">
            {caseMessages.records.earlierHeading}
          </summary>
          <div className="mt-4 flex flex-col gap-4">
            {passed.map(({ key, Form }) => (
              <Form key={key} />
            ))}
          </div>
        </details>
      ) : null}
    </>
  );
}
