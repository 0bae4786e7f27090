import { Badge, formatDate, formatYen } from '@kakehashi/web-ui';
import type { SubsidyFindingFragment, SubsidyRateTableFieldsFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { subsidyMessages } from './messages';

const text = subsidyMessages;

/** A table's period as a person reads it: 「2016年4月1日（平成28年）から」 or from … until …. */
export function periodOf(table: Pick<SubsidyRateTableFieldsFragment, 'validFrom' | 'validUntil'>): string {
  const from = formatDate(table.validFrom);
  return table.validUntil
    ? text.tables.periodRange(from, formatDate(table.validUntil))
    : text.tables.periodFrom(from);
}

/** The total, large, with the API's computation under it. */
export function EstimateTotal({ totalYen, computation }: { totalYen: number; computation: string }) {
  return (
    <div className="rounded-8 border-2 border-blue-900 bg-blue-50 p-4">
      <p className="text-lg font-bold">
        {text.result.total}
        <span className="ml-3 text-2xl" data-testid="estimate-total">
          {formatYen(totalYen)}
        </span>
      </p>
      {/* A single amount's computation is the amount itself: said once. */}
      {computation === formatYen(totalYen) ? null : (
        <p className="mt-1 break-words [word-break:auto-phrase]">{computation}</p>
      )}
    </div>
  );
}

/** The rate table the API used: its id, period (和暦 beside) and source lines. */
export function RateTableUsed({
  id,
  tables,
}: {
  id: string;
  tables: readonly SubsidyRateTableFieldsFragment[];
}) {
  const table = tables.find((each) => each.id === id);
  return (
    <p className="break-words">
      <span className="font-bold">{text.result.table}</span>
      {'：'}
      {table
        ? `${text.result.tableLine(table.id, periodOf(table))}　${text.result.source(table.source)}`
        : id}
    </p>
  );
}

/** The API's findings (errors and warnings), each with its rule and seed line. */
export function Findings({ findings }: { findings: readonly SubsidyFindingFragment[] }) {
  return findings.length ? <FindingList findings={findings} /> : null;
}

function FindingList({ findings }: { findings: readonly SubsidyFindingFragment[] }) {
  const severity = useEnumLabel('RuleFindingSeverity');
  return (
    <section aria-label={text.result.findings}>
      <h3 className="font-bold">{text.result.findings}</h3>
      <ul className="mt-1 flex flex-col gap-2">
        {findings.map((each, index) => (
          <li key={`${each.code}-${index}`} className="flex flex-wrap items-start gap-2">
            <Badge tone={each.severity === 'ERROR' ? 'danger' : 'warning'}>{severity(each.severity)}</Badge>
            <span className="min-w-0 flex-1 break-words [word-break:auto-phrase]">
              {each.message}
              <span className="ml-2 text-sm text-solid-gray-700">{`${each.rule} ${each.seed}`}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Notes the API adds (what the estimate leaves out, its preconditions), with their seed lines. */
export function Notes({ notes }: { notes: readonly { text: string; seed?: string }[] }) {
  if (!notes.length) return null;
  return (
    <section aria-label={text.result.notes}>
      <h3 className="font-bold">{text.result.notes}</h3>
      <ul className="mt-1 list-disc pl-6">
        {notes.map((note) => (
          <li key={note.text} className="break-words [word-break:auto-phrase]">
            {note.text}
            {note.seed ? <span className="ml-2 text-sm text-solid-gray-700">{note.seed}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
