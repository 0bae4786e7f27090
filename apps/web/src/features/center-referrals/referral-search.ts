import { z } from 'zod';
import type { ReferralFilter } from '../../gql/graphql';
import { cursorPageOf, pageTrailParam, referralStatusParam, searchTextParam } from '../../shared/list-search';

/** Referrals per page of a list. */
export const REFERRALS_PER_PAGE = 20;

/**
 * The list's filters and page as they live in the URL (a reload or a shared link shows the same list); a value that
 * does not fit is dropped. `after` is the trail of page cursors taken with 次へ. `officeId` is headquarters' choice
 * of office on the office list.
 */
export const referralSearchSchema = z.object({
  status: referralStatusParam,
  duplicate: z.boolean().optional().catch(undefined),
  q: searchTextParam(200),
  officeId: z.uuid().optional().catch(undefined),
  after: pageTrailParam,
});

export type ReferralSearch = z.infer<typeof referralSearchSchema>;

/** The API's filter for these search params (only what the user set). */
export function referralFilterOf(search: ReferralSearch): ReferralFilter {
  const filter: ReferralFilter = {};
  if (search.status) filter.statuses = [search.status];
  if (search.duplicate) filter.possibleDuplicate = true;
  if (search.q) filter.clientName = search.q;
  if (search.officeId) filter.assignedOfficeId = search.officeId;
  return filter;
}

/** The current page's cursor and the search params of the next and previous pages. */
export function referralPageOf(search: ReferralSearch) {
  return cursorPageOf(search, REFERRALS_PER_PAGE);
}

/**
 * Where the consultant is in turning a referral into offers, in the URL (a reload keeps the company and offers made
 * so far): the offer form to fill, or `link` to tie them to the referral; `done` says what just succeeded.
 */
export const officeReferralSearchSchema = z.object({
  step: z.enum(['sending', 'receiving', 'link']).optional().catch(undefined),
  companyId: z.uuid().optional().catch(undefined),
  sendingOfferId: z.uuid().optional().catch(undefined),
  receivingOfferId: z.uuid().optional().catch(undefined),
  done: z.enum(['converted', 'reported']).optional().catch(undefined),
});

export type OfficeReferralSearch = z.infer<typeof officeReferralSearchSchema>;

/** The step after `from`: a surplus needs a sending offer, a shortage a receiving one, both needs both. */
export function nextConvertStep(
  need: 'SURPLUS' | 'SHORTAGE' | 'BOTH',
  from: 'company' | 'sending' | 'receiving',
): 'sending' | 'receiving' | 'link' {
  if (from === 'company') return need === 'SHORTAGE' ? 'receiving' : 'sending';
  if (from === 'sending' && need === 'BOTH') return 'receiving';
  return 'link';
}
