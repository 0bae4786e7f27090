import type { OffJtReportEntryInput, OjtDiaryEntryInput, PlanLogPartsFragment } from '../../gql/graphql';

// The daily logs as typed. Minutes stay numbers (null while empty, sent as 0 so the API names what is missing); the
// API checks every entry (period, time band, overlaps) and computes the totals.

export interface OjtEntryForm {
  key: number;
  date: string | null;
  from: string;
  to: string;
  attendedMinutes: number | null;
  content: string;
  reflection: string;
  trainerConfirmedOn: string | null;
}

export interface OffJtEntryForm {
  key: number;
  date: string | null;
  from: string;
  to: string;
  excludedMinutes: number | null;
  attendedMinutes: number | null;
  unitMinutes: number | null;
  content: string;
  providerCertifiedOn: string | null;
}

export interface LogForm {
  ojt: OjtEntryForm[];
  offJt: OffJtEntryForm[];
}

export function logFormOf(logs: PlanLogPartsFragment['logs']): LogForm {
  return {
    ojt: logs.ojt.map((entry, key) => ({
      ...entry,
      key,
      trainerConfirmedOn: entry.trainerConfirmedOn ?? null,
    })),
    offJt: logs.offJt.map((entry, key) => ({
      ...entry,
      key,
      unitMinutes: entry.unitMinutes ?? null,
      providerCertifiedOn: entry.providerCertifiedOn ?? null,
    })),
  };
}

export const emptyOjtEntry = (key: number): OjtEntryForm => ({
  key,
  date: null,
  from: '',
  to: '',
  attendedMinutes: null,
  content: '',
  reflection: '',
  trainerConfirmedOn: null,
});

export const emptyOffJtEntry = (key: number): OffJtEntryForm => ({
  key,
  date: null,
  from: '',
  to: '',
  excludedMinutes: null,
  attendedMinutes: null,
  unitMinutes: null,
  content: '',
  providerCertifiedOn: null,
});

export function toLogInput(form: LogForm): { ojt: OjtDiaryEntryInput[]; offJt: OffJtReportEntryInput[] } {
  return {
    ojt: form.ojt.map(({ key: _key, ...entry }) => ({
      ...entry,
      date: entry.date ?? '',
      attendedMinutes: entry.attendedMinutes ?? 0,
    })),
    offJt: form.offJt.map(({ key: _key, ...entry }) => ({
      ...entry,
      date: entry.date ?? '',
      attendedMinutes: entry.attendedMinutes ?? 0,
      excludedMinutes: entry.excludedMinutes ?? 0,
    })),
  };
}

/** `input.ojt.2.to` or `ojt.2.to` → the input's id on the page. */
export function logFieldId(apiField: string): string | undefined {
  const match = /^(?:input\.)?(ojt|offJt)\.(\d+)\.(\w+)$/.exec(apiField);
  return match ? `log-${match[1]}-${match[2]}-${match[3]}` : undefined;
}
