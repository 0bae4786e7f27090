import { useQuery } from '@apollo/client/react';
import { CheckTalentBankEligibilityDocument, type TalentBankEligibilityReason } from '../../gql/graphql';
import { talentBankMessages } from './messages';

const text = talentBankMessages.register;

/**
 * The API's answer to the eligibility questions as they are answered (the rule lives in the API alone), announced
 * politely: eligible, or the reason the person cannot register, or what is still to answer.
 */
export function EligibilityPanel({
  dateOfBirth,
  reason,
  leftJobOn,
}: {
  dateOfBirth: string | null;
  reason: TalentBankEligibilityReason | null;
  leftJobOn: string | null;
}) {
  const asked = Boolean(dateOfBirth || reason);
  const { data, previousData, loading } = useQuery(CheckTalentBankEligibilityDocument, {
    variables: { input: { dateOfBirth, eligibilityReason: reason, leftJobOn } },
    skip: !asked,
    // The date of birth is personal data: the answer is not kept in Apollo's cache.
    fetchPolicy: 'no-cache',
  });
  const check = (data ?? previousData)?.checkTalentBankEligibility;
  const tone = check?.eligible
    ? 'border-green-700 bg-green-50'
    : check && (check.complete || check.problems.length)
      ? 'border-error-1 bg-red-50'
      : 'border-solid-gray-600 bg-white';
  return (
    <section aria-labelledby="talent-eligibility-heading" className={`rounded-8 border-2 p-4 ${tone}`}>
      <h3 id="talent-eligibility-heading" className="font-bold">
        {text.checkHeading}
      </h3>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="eligibility-result">
        {asked && check ? (
          // The API's own words: eligible, or why not, or what is still to answer.
          <p className="[word-break:auto-phrase]">{check.summary}</p>
        ) : asked && loading ? (
          <p>{text.checking}</p>
        ) : (
          <p>{text.incomplete}</p>
        )}
      </div>
    </section>
  );
}
