import { todayInJapan } from '@kakehashi/web-ui';
import { z } from 'zod';
import type { PartnerInstitutionFilter, PartnerType } from '../../gql/graphql';
import { cursorPageOf, pageTrailParam, prefectureCodeParam, searchTextParam } from '../../shared/list-search';

/** Institutions per page of the list. */
export const PARTNERS_PER_PAGE = 20;

/** A calendar day in the address (`2026-04-01`); anything else is dropped, and the page uses today. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  })
  .optional()
  .catch(undefined);

/**
 * The list's filters, date and page as they live in the URL (a reload, a bookmark or a shared link shows the same
 * list). `after` is the trail of page cursors taken with 次へ; its last cursor is the current page's start.
 */
export const partnersSearchSchema = z.object({
  q: searchTextParam(100),
  type: z
    .enum([
      'FINANCIAL_INSTITUTION',
      'BUSINESS_ASSOCIATION',
      'LABOR_UNION',
      'GOVERNMENT',
    ] satisfies PartnerType[])
    .optional()
    .catch(undefined),
  prefectureCode: prefectureCodeParam,
  asOf: day,
  after: pageTrailParam,
});

export type PartnersSearch = z.infer<typeof partnersSearchSchema>;

export type PartnersFilterKey = 'q' | 'type' | 'prefectureCode' | 'asOf';

/** The API's filter for these search params (only what the user set). */
export function partnerFilterOf(search: PartnersSearch): PartnerInstitutionFilter {
  const filter: PartnerInstitutionFilter = {};
  if (search.q) filter.name = search.q;
  if (search.type) filter.type = search.type;
  if (search.prefectureCode) filter.prefectureCode = search.prefectureCode;
  return filter;
}

/** The date the agreements in force are counted on: the one in the URL, else today in Japan. */
export function asOfOf(search: { asOf?: string }): string {
  return search.asOf ?? todayInJapan();
}

/** The current page's cursor, and the search params of the next and previous pages. */
export function pageOf(search: PartnersSearch) {
  return cursorPageOf(search, PARTNERS_PER_PAGE);
}

/** New filters start again at the first page. */
export function withFilters(filters: Partial<Record<PartnersFilterKey, string>>): PartnersSearch {
  return partnersSearchSchema.parse(filters);
}

export const PARTNER_TABS = ['branches', 'agreements', 'contacts', 'users'] as const;

export type PartnerTab = (typeof PARTNER_TABS)[number];

/** `/partners/$institutionId?tab=agreements&asOf=2026-04-01`; anything else opens the branches. */
export const partnerSearchSchema = z.object({
  tab: z.enum(PARTNER_TABS).optional().catch(undefined),
  asOf: day,
  saved: z.enum(['created']).optional().catch(undefined),
});

export type PartnerSearch = z.infer<typeof partnerSearchSchema>;
