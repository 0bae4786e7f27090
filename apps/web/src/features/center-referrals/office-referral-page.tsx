import { getRouteApi, Link } from '@tanstack/react-router';
import type { CenterReferralDetailFragment } from '../../gql/graphql';
import { ConvertLinkStep, ConvertOfferStep, LinkedOffers } from './convert-offer-step';
import { ConvertStart } from './convert-start';
import { centerReferralMessages } from './messages';
import { OutcomeForm } from './outcome-form';
import { ReferralContent, ReferralHistory } from './referral-detail';
import { ReferralHeader, ReferralPageFrame } from './referral-page-frame';
import type { OfficeReferralSearch } from './referral-search';

const route = getRouteApi('/signed-in/office/referrals/$referralId');
const text = centerReferralMessages;

/**
 * One referral of the office: turn it into a company and offers (step by step, prefilled from the referral), then
 * report how it ended. What the referral's status allows is the API's to decide; the page offers the next step.
 */
export function OfficeReferralPage() {
  const { referralId } = route.useParams();
  const search = route.useSearch();
  return (
    <ReferralPageFrame referralId={referralId} backTo="/office/referrals">
      {(referral, reference) => {
        const step = stepOf(referral, search);
        if (step) return step;
        return (
          <>
            <ReferralHeader title={referral.clientName} />
            <div role="status">
              {search.done ? (
                <p className="mb-4 rounded-8 border border-blue-900 bg-blue-50 p-3 font-bold">
                  {search.done === 'converted' ? text.convert.converted : text.outcome.reported}
                </p>
              ) : null}
            </div>
            {referral.status === 'ASSIGNED' ? <ConvertStart referral={referral} /> : null}
            {referral.status === 'CONVERTED' ? <OutcomeForm referral={referral} /> : null}
            {referral.companyId ? (
              <section aria-labelledby="referral-linked" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
                <h2 id="referral-linked" className="mb-2 text-xl font-bold">
                  {text.convert.linked}
                </h2>
                <LinkedOffers
                  companyId={referral.companyId}
                  sendingOfferId={referral.sendingOfferId}
                  receivingOfferId={referral.receivingOfferId}
                />
                {referral.outcomeCaseId ? (
                  <p className="mt-2">
                    <Link
                      to="/cases/$caseId"
                      params={{ caseId: referral.outcomeCaseId }}
                      className="font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
                    >
                      {text.outcome.openCase}
                    </Link>
                  </p>
                ) : null}
              </section>
            ) : null}
            <ReferralContent referral={referral} reference={reference} />
            <ReferralHistory referral={referral} />
          </>
        );
      }}
    </ReferralPageFrame>
  );
}

/** The conversion step the URL names, while the referral still awaits conversion. */
function stepOf(referral: CenterReferralDetailFragment, search: OfficeReferralSearch) {
  if (referral.status !== 'ASSIGNED' || !search.step || !search.companyId) return null;
  const at = { ...search, companyId: search.companyId };
  if (search.step === 'link') {
    return (
      <>
        <ReferralHeader title={referral.clientName} />
        <ConvertLinkStep referral={referral} search={at} />
      </>
    );
  }
  return <ConvertOfferStep referral={referral} search={at} kind={search.step} />;
}
