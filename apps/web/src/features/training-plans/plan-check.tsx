import { Badge, formatDate } from '@kakehashi/web-ui';
import type { PlanRuleFindingFragment, PlanValidationPartsFragment } from '../../gql/graphql';
import { Facts } from './plan-facts';
import { FindingList } from './finding-list';
import { planMessages } from './messages';

const text = planMessages.check;

/** How many errors and warnings: the one line read out (politely) as the check changes. */
export function findingCounts(findings: readonly Pick<PlanRuleFindingFragment, 'severity'>[]) {
  const errors = findings.filter((each) => each.severity === 'ERROR').length;
  return { errors, warnings: findings.length - errors };
}

/**
 * The live check's summary: a one-line count in a polite live region, then every finding (the API's Japanese
 * message, its rule and seed line, linked to its input), the API's computed figures and the deadlines.
 */
export function PlanCheck({
  validation,
  checking,
}: {
  validation: PlanValidationPartsFragment | null;
  checking: boolean;
}) {
  const counts = findingCounts(validation?.findings ?? []);
  const f = validation?.figures;
  const d = validation?.deadlines;
  const day = (value: string | null | undefined) => (value ? formatDate(value) : text.none);
  return (
    <section
      aria-labelledby="plan-check-heading"
      className="flex flex-col gap-4 rounded-16 bg-white p-6 shadow-sm"
    >
      <h2 id="plan-check-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p role="status" aria-live="polite" className="font-bold">
        {validation ? text.counts(counts.errors, counts.warnings) : text.checking}
      </p>
      {checking && validation ? <p className="text-sm text-solid-gray-700">{text.checking}</p> : null}
      {validation?.valid ? <Badge tone="success">{text.ok}</Badge> : null}
      <FindingList label={text.findingsLabel} findings={validation?.findings ?? []} />
      <h3 className="text-lg font-bold">{text.figuresHeading}</h3>
      <Facts
        rows={[
          [text.period, f?.periodDisplay ?? text.none],
          [text.total, f?.totalDisplay ?? text.none],
          [text.converted, f?.convertedDisplay ?? text.none],
          [text.minimumTotal, f?.minimumTotalDisplay ?? text.none],
          [text.ojt, f?.ojtDisplay ?? text.none],
          [text.offJt, f?.offJtDisplay ?? text.none],
          [text.offJtAttended, f ? text.hm(f.offJtAttendedMinutes) : text.none],
          [text.ojtShare, f?.ojtShareDisplay ?? text.none],
        ]}
      />
      <h3 className="text-lg font-bold">{text.deadlinesHeading}</h3>
      <Facts
        rows={[
          [text.recommendedSubmissionBy, day(d?.recommendedSubmissionBy)],
          [text.latestStart, day(d?.latestStart)],
          [text.jobCardSheetsDue, day(d?.jobCardSheetsDue)],
          [text.startNoticeDue, day(d?.startNoticeDue)],
          [text.subsidyApplicationDue, day(d?.subsidyApplicationDue)],
        ]}
      />
    </section>
  );
}
