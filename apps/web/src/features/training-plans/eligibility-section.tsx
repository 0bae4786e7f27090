import { useQuery } from '@apollo/client/react';
import { Badge, Button, TextField } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  PlanRegistrantEligibilityDocument,
  type PlanDetailFragment,
  type PlanRegistrantEligibilityQuery,
} from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { EmployerCheck } from './employer-check';
import { FindingList } from './finding-list';
import { Facts } from './plan-facts';
import { planMessages } from './messages';

const text = planMessages.eligibility;

/**
 * The trainee's eligibility (§5.12) as the API judges it: from the facts recorded on the plan, and from the talent-bank
 * registrant's work history over the plan's saved period and the field typed here. Each reason is the API's.
 */
export function EligibilitySection({ plan }: { plan: PlanDetailFragment }) {
  const recorded = plan.eligibility;
  return (
    <section
      aria-labelledby="plan-eligibility-heading"
      className="flex flex-col gap-4 rounded-16 bg-white p-6 shadow-sm"
    >
      <h2 id="plan-eligibility-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p>{text.lead}</p>
      {recorded ? (
        <div className="flex flex-col gap-3">
          <h3 className="text-lg font-bold">{text.recorded}</h3>
          <Badge tone={recorded.eligible ? 'success' : 'danger'}>
            {recorded.eligible ? text.eligible : text.ineligible}
          </Badge>
          <Facts
            rows={[
              [text.months5, text.months(recorded.figures.regularMonthsInFieldWithin5Years)],
              [
                text.months10,
                text.months(recorded.figures.longestContinuousRegularAtOneCompanyWithin10Years),
              ],
            ]}
          />
          <FindingList label={text.recorded} findings={recorded.findings} />
        </div>
      ) : null}
      {plan.registrantId ? <FromHistory plan={plan} registrantId={plan.registrantId} /> : null}
      {!recorded && !plan.registrantId ? <p>{text.noTrainee}</p> : null}
      <EmployerCheck submittedOn={plan.draft.submittedOn ?? null} />
    </section>
  );
}

function FromHistory({ plan, registrantId }: { plan: PlanDetailFragment; registrantId: string }) {
  const [field, setField] = useState(plan.traineeFacts?.trainingField ?? '');
  const [asked, setAsked] = useState<string | null>(null);
  const { start, end } = plan.draft.period;
  const { data, loading, error } = useQuery(PlanRegistrantEligibilityDocument, {
    variables: { registrantId, trainingStart: start, trainingEnd: end, trainingField: asked ?? '' },
    skip: asked === null,
  });
  const result = data?.registrantTrainingEligibility;
  const info = error ? apiErrorOf(error) : null;
  const refused = info ? (info.fields[0]?.message ?? info.message ?? undefined) : undefined;
  return (
    <div className="flex flex-col gap-3">
      <h3 className="text-lg font-bold">{text.fromHistory}</h3>
      {start && end ? (
        <form
          className="flex flex-wrap items-end gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            setAsked(field.trim());
          }}
        >
          <div className="min-w-0 flex-1">
            <TextField
              id="plan-eligibility-field"
              label={text.field}
              description={text.fieldHint}
              value={field}
              onChange={setField}
              errorMessage={refused}
            />
          </div>
          <Button type="submit" variant="secondary" isPending={loading}>
            {text.judge}
          </Button>
        </form>
      ) : (
        <p>{text.needPeriod}</p>
      )}
      <div aria-live="polite" className="flex flex-col gap-3">
        {result ? <HistoryResult result={result} /> : null}
      </div>
    </div>
  );
}

type HistoryJudgement = PlanRegistrantEligibilityQuery['registrantTrainingEligibility'];

function HistoryResult({ result }: { result: HistoryJudgement }) {
  const f = result.figures;
  return (
    <>
      <Badge tone={result.eligibleByWorkHistory ? 'success' : 'danger'}>
        {result.eligibleByWorkHistory ? text.byHistoryOk : text.byHistoryNg}
      </Badge>
      <Facts
        rows={[
          [
            text.months5,
            `${text.months(f.regularMonthsInFieldWithin5Years)}（${text.window(f.window5.from, f.window5.to)}）`,
          ],
          [
            text.months10,
            `${text.months(f.longestContinuousRegularAtOneCompanyWithin10Years)}（${text.window(f.window10.from, f.window10.to)}）`,
          ],
        ]}
      />
      {result.findings.length ? (
        <FindingList label={text.fromHistory} findings={result.findings} fieldId={() => undefined} />
      ) : (
        <p>{text.noFindings}</p>
      )}
      <p className="text-sm text-solid-gray-700">{result.note}</p>
    </>
  );
}
