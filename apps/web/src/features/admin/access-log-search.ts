import { z } from 'zod';
import type {
  TalentBankAccessAction,
  TalentBankAccessLogFilter,
  TalentBankAccessOutcome,
} from '../../gql/graphql';
import { cursorPageOf, pageTrailParam } from '../../shared/list-search';

/** Entries per page of the access log. */
export const ACCESS_LOG_PER_PAGE = 20;

/** A calendar day in the address (`2026-04-01`); anything else is dropped. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  })
  .optional()
  .catch(undefined);

/** The log's filters and page as they live in the URL (a reload or a shared link shows the same entries). */
export const accessLogSearchSchema = z.object({
  outcome: z
    .enum(['ALLOWED', 'DENIED'] satisfies TalentBankAccessOutcome[])
    .optional()
    .catch(undefined),
  action: z
    .enum(['READ', 'EXPORT'] satisfies TalentBankAccessAction[])
    .optional()
    .catch(undefined),
  from: day,
  to: day,
  after: pageTrailParam,
});

export type AccessLogSearch = z.infer<typeof accessLogSearchSchema>;

export type AccessLogFilterKey = 'outcome' | 'action' | 'from' | 'to';

/** The start of a day in Japan (UTC+9, no daylight saving) as the instant the API filters on. */
const startOfDayInJapan = (value: string) => new Date(`${value}T00:00:00+09:00`);

/** The API's filter: the days chosen, in Japan, both inclusive. */
export function accessLogFilterOf(search: AccessLogSearch): TalentBankAccessLogFilter {
  const filter: TalentBankAccessLogFilter = {};
  if (search.outcome) filter.outcome = search.outcome;
  if (search.action) filter.action = search.action;
  if (search.from) filter.from = startOfDayInJapan(search.from).toISOString();
  if (search.to)
    filter.to = new Date(startOfDayInJapan(search.to).getTime() + 24 * 60 * 60 * 1000).toISOString();
  return filter;
}

/** The CSV download of the same entries: the same filters as query parameters of GET /talent-bank/access-log/export. */
export function accessLogExportHref(search: AccessLogSearch): string {
  const params = new URLSearchParams();
  if (search.outcome) params.set('outcome', search.outcome);
  if (search.action) params.set('action', search.action);
  if (search.from) params.set('from', search.from);
  if (search.to) params.set('to', search.to);
  const query = params.toString();
  return `/talent-bank/access-log/export${query ? `?${query}` : ''}`;
}

export function accessLogPageOf(search: AccessLogSearch) {
  return cursorPageOf(search, ACCESS_LOG_PER_PAGE);
}

/** New filters start again at the first page. */
export function withAccessLogFilters(filters: Partial<Record<AccessLogFilterKey, string>>): AccessLogSearch {
  return accessLogSearchSchema.parse(filters);
}
