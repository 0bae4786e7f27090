import { useMutation, useQuery } from '@apollo/client/react';
import { DatePicker, RadioGroup, Select, TextField, todayInJapan } from '@kakehashi/web-ui';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import {
  ReferralOutcomeCasesDocument,
  ReportCenterReferralOutcomeDocument,
  type CenterReferralDetailFragment,
  type ReferralOutcome,
} from '../../gql/graphql';
import { apiErrorOf, fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { ProblemForm } from '../../shared/dialog-form';
import { useEnumLabel, useEnumOptions } from '../../shared/enum-labels';
import { centerReferralMessages } from './messages';

const text = centerReferralMessages.outcome;
/** The case choice meaning "established without a case: say why". */
const NO_CASE = '*none';
const FIELD_IDS: Record<string, string> = {
  'input.outcome': 'outcome-outcome',
  'input.outcomeOn': 'outcome-outcomeOn',
  'input.caseId': 'outcome-caseId',
  'input.noCaseReason': 'outcome-noCaseReason',
  'input.comment': 'outcome-comment',
};

/**
 * How the converted referral ended (the partner sees it): 成立 names the case opened from the referral's offers, or
 * why there is none; the API checks both and answers at the fields.
 */
export function OutcomeForm({ referral }: { referral: CenterReferralDetailFragment }) {
  const navigate = useNavigate();
  const outcomes = useEnumOptions('ReferralOutcome');
  const stageLabel = useEnumLabel('CaseStage');
  const cases = useQuery(ReferralOutcomeCasesDocument, { variables: { id: referral.id } });
  if (cases.error) throw cases.error;
  const [report] = useMutation(ReportCenterReferralOutcomeDocument);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [outcomeOn, setOutcomeOn] = useState<string | null>(todayInJapan());
  const [caseChoice, setCaseChoice] = useState<string | null>(null);
  const [noCaseReason, setNoCaseReason] = useState('');
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const established = outcome === 'ESTABLISHED';
  const caseOptions = [
    ...(cases.data?.referral.outcomeCaseOptions ?? []).map((c) => ({
      value: c.id,
      label: text.caseOption(c.number, stageLabel(c.stage)),
    })),
    { value: NO_CASE, label: text.noCase },
  ];
  async function submit() {
    try {
      await report({
        variables: {
          input: {
            id: referral.id,
            expectedVersion: referral.version,
            outcome: (outcome ?? '') as ReferralOutcome,
            outcomeOn: outcomeOn ?? '',
            caseId: established && caseChoice && caseChoice !== NO_CASE ? caseChoice : null,
            noCaseReason: established && caseChoice === NO_CASE ? noCaseReason : null,
            comment: comment || null,
          },
        },
      });
      setFailure(null);
      await navigate({
        to: '/office/referrals/$referralId',
        params: { referralId: referral.id },
        search: { done: 'reported' },
      });
    } catch (error) {
      const info = apiErrorOf(error);
      if (!info) throw error;
      setFailure(info);
    }
  }

  return (
    <section aria-labelledby="outcome-form" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="outcome-form" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mb-4 mt-1 text-solid-gray-700">{text.lead}</p>
      <ProblemForm
        failure={failure}
        fieldIds={FIELD_IDS}
        failedTitle={text.failed}
        submitLabel={text.submit}
        onSubmit={submit}
        className="mt-2 flex flex-col gap-4"
      >
        <RadioGroup
          id="outcome-outcome"
          label={text.outcome}
          isRequired
          options={outcomes}
          value={outcome}
          onChange={setOutcome}
          errorMessage={fieldMessage(failure, 'input.outcome')}
        />
        <DatePicker
          id="outcome-outcomeOn"
          label={text.outcomeOn}
          isRequired
          value={outcomeOn}
          onChange={setOutcomeOn}
          errorMessage={fieldMessage(failure, 'input.outcomeOn')}
        />
        {established ? (
          <>
            <Select
              id="outcome-caseId"
              label={text.case}
              description={text.caseHint}
              isRequired
              options={caseOptions}
              value={caseChoice}
              onChange={setCaseChoice}
              errorMessage={fieldMessage(failure, 'input.caseId')}
            />
            {caseChoice === NO_CASE ? (
              <TextField
                id="outcome-noCaseReason"
                label={text.noCaseReason}
                description={text.noCaseReasonHint}
                isRequired
                multiline
                value={noCaseReason}
                onChange={setNoCaseReason}
                errorMessage={fieldMessage(failure, 'input.noCaseReason')}
              />
            ) : null}
          </>
        ) : null}
        <TextField
          id="outcome-comment"
          label={text.comment}
          multiline
          value={comment}
          onChange={setComment}
          errorMessage={fieldMessage(failure, 'input.comment')}
        />
      </ProblemForm>
    </section>
  );
}
