import { todayInJapan } from '@kakehashi/web-ui';
import { z } from 'zod';
import type { PartnerInstitutionFilter, PartnerType } from '../../gql/graphql';

/** Institutions per page of the list. */
export const PARTNERS_PER_PAGE = 20;

// The router reads each search value as JSON when it can (`?prefectureCode=13` arrives as the number 13).
const asText = (value: unknown) => (typeof value === 'number' ? String(value) : value);

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
  q: z
    .preprocess(asText, z.string().trim().max(100).optional())
    .catch(undefined)
    .transform((v) => v || undefined),
  type: z
    .enum([
      'FINANCIAL_INSTITUTION',
      'BUSINESS_ASSOCIATION',
      'LABOR_UNION',
      'GOVERNMENT',
    ] satisfies PartnerType[])
    .optional()
    .catch(undefined),
  prefectureCode: z
    .preprocess(
      (value) => (typeof value === 'number' ? String(value).padStart(2, '0') : value),
      z
        .string()
        .regex(/^(0[1-9]|[1-3][0-9]|4[0-7])$/)
        .optional(),
    )
    .catch(undefined),
  asOf: day,
  after: z.array(z.string().min(1).max(500)).max(200).optional().catch(undefined),
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
  const trail = search.after ?? [];
  return {
    afterCursor: trail.at(-1) ?? null,
    number: trail.length + 1,
    firstIndex: trail.length * PARTNERS_PER_PAGE + 1,
    next: (endCursor: string): PartnersSearch => ({ ...search, after: [...trail, endCursor] }),
    previous: (): PartnersSearch => ({ ...search, after: trail.length > 1 ? trail.slice(0, -1) : undefined }),
  };
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
