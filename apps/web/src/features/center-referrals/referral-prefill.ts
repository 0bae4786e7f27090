// The offer forms' first values, taken from what the partner wrote in the referral (the consultant checks them and
// fills in what a referral does not say: the occupation group, the reason, wages…).
import type { CenterReferralDetailFragment, CompanyRowFragment } from '../../gql/graphql';
import { emptyReceivingValues, type ReceivingOfferValues } from '../offers/receiving-offer-values';
import { emptySendingValues, type SendingOfferValues } from '../offers/sending-offer-values';
import { centerReferralMessages } from './messages';

type Referral = Pick<
  CenterReferralDetailFragment,
  | 'occupations'
  | 'surplusPeople'
  | 'shortagePeople'
  | 'desiredStartOn'
  | 'clientPrefectureCode'
  | 'description'
  | 'institutionName'
>;

const notesOf = (referral: Referral) =>
  centerReferralMessages.convert.notes(referral.institutionName, referral.description);

export function sendingPrefill(referral: Referral, company: CompanyRowFragment): SendingOfferValues {
  return {
    ...emptySendingValues(),
    company,
    jobTitle: referral.occupations,
    peopleCount: referral.surplusPeople ?? null,
    earliestStartOn: referral.desiredStartOn ?? null,
    acceptablePrefectureCodes: [referral.clientPrefectureCode],
    reasonDetail: referral.description,
    notes: notesOf(referral),
  };
}

export function receivingPrefill(referral: Referral, company: CompanyRowFragment): ReceivingOfferValues {
  return {
    ...emptyReceivingValues(),
    company,
    jobTitle: referral.occupations,
    peopleWanted: referral.shortagePeople ?? null,
    startBy: referral.desiredStartOn ?? null,
    workplacePrefectureCode: referral.clientPrefectureCode,
    duties: referral.description,
    notes: notesOf(referral),
  };
}
