import { z } from 'zod';
import type { ReferralFilter, ReferralStatus } from '../../gql/graphql';

/** Referrals per page of a list. */
export const REFERRALS_PER_PAGE = 20;

const STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'FORWARDED',
  'ACCEPTED',
  'RETURNED',
  'ASSIGNED',
  'CONVERTED',
  'CLOSED',
] as const satisfies readonly ReferralStatus[];

// The router reads a search value as JSON when it can: numbers typed into the address bar come back as text.
const asText = (value: unknown) => (typeof value === 'number' ? String(value) : value);

/**
 * The list's filters and page as they live in the URL (a reload or a shared link shows the same list); a value that
 * does not fit is dropped. `after` is the trail of page cursors taken with 次へ. `officeId` is headquarters' choice
 * of office on the office list.
 */
export const referralSearchSchema = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  duplicate: z.boolean().optional().catch(undefined),
  q: z
    .preprocess(asText, z.string().trim().max(200).optional())
    .catch(undefined)
    .transform((v) => v || undefined),
  officeId: z.uuid().optional().catch(undefined),
  after: z.array(z.string().min(1).max(500)).max(200).optional().catch(undefined),
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
  const trail = search.after ?? [];
  return {
    afterCursor: trail.at(-1) ?? null,
    number: trail.length + 1,
    firstIndex: trail.length * REFERRALS_PER_PAGE + 1,
    next: (endCursor: string): ReferralSearch => ({ ...search, after: [...trail, endCursor] }),
    previous: (): ReferralSearch => ({ ...search, after: trail.length > 1 ? trail.slice(0, -1) : undefined }),
  };
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
