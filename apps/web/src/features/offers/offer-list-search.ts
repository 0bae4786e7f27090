// The list's filters and page live in the URL, so a reload or a shared link shows the same list. Whatever the URL
// holds is checked here: a value that is not one the API could mean is dropped (the list shows without that filter)
// rather than sent on to be refused.
import { z } from 'zod';
import type { OfferFilterInput } from '../../gql/graphql';
import { MOVE_TYPES, OFFER_STATUSES } from './offer-values';

export const OFFER_PAGE_SIZE = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PREFECTURE = /^(0[1-9]|[1-3][0-9]|4[0-7])$/;

/** The router reads `?prefecture=13` as the number 13; a code is text, and a prefecture code has two digits. */
function codeText(width: number) {
  return (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) ? String(value).padStart(width, '0') : value;
}

function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const day = optional(z.string().refine(isCalendarDay));
const id = optional(z.string().regex(UUID));

export const offerListSearchSchema = z.object({
  status: optional(z.enum(OFFER_STATUSES)),
  office: id,
  prefecture: optional(z.preprocess(codeText(2), z.string().regex(PREFECTURE))),
  /** The company's JSIC major group (A–T). */
  industry: optional(
    z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.string().regex(/^[A-T]$/)),
  ),
  /** The occupation major group (A–L). */
  occupation: optional(
    z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.string().regex(/^[A-L]$/)),
  ),
  moveType: optional(z.enum(MOVE_TYPES)),
  from: day,
  to: day,
  company: id,
  /** The cursors of the pages walked through so far (the last one is where the shown page starts). */
  pages: optional(z.array(z.string().min(1).max(500)).max(500)),
});

export type OfferListSearch = z.infer<typeof offerListSearchSchema>;
export type OfferListFilterKey = Exclude<keyof OfferListSearch, 'pages'>;

/** The API's filter for what the URL says. */
export function offerFilterOf(search: OfferListSearch): OfferFilterInput {
  return {
    status: search.status,
    owningOfficeId: search.office,
    prefectureCode: search.prefecture,
    jsicMajorCode: search.industry,
    occupationCode: search.occupation,
    moveType: search.moveType,
    receivedFrom: search.from,
    receivedTo: search.to,
    companyId: search.company,
  };
}

/** Which page is shown: its cursor (none on the first) and its number from 1. */
export function pageOf(search: OfferListSearch): { after: string | null; number: number } {
  const pages = search.pages ?? [];
  return { after: pages.at(-1) ?? null, number: pages.length + 1 };
}

/** A filter changed: the list starts again from its first page (a cursor belongs to the old filter). */
export function withFilter(
  search: OfferListSearch,
  key: OfferListFilterKey,
  value: string | null | undefined,
): OfferListSearch {
  const { pages: _pages, ...rest } = search;
  return { ...rest, [key]: value || undefined };
}

export function nextPage(search: OfferListSearch, endCursor: string): OfferListSearch {
  return { ...search, pages: [...(search.pages ?? []), endCursor] };
}

export function previousPage(search: OfferListSearch): OfferListSearch {
  const pages = (search.pages ?? []).slice(0, -1);
  return { ...search, pages: pages.length ? pages : undefined };
}

export function hasFilters(search: OfferListSearch): boolean {
  return Object.entries(search).some(([key, value]) => key !== 'pages' && value !== undefined);
}
