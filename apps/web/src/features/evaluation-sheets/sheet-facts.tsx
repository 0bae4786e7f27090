import { formatDate } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useEnumLabel } from '../../shared/enum-labels';
import { sheetMessages } from './messages';
import { useSheetPage } from './sheet-context';
import { currentMoment, MOMENTS } from './sheet-view';

const text = sheetMessages.sheet;
const LINK =
  'text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** The sheet at a glance, with its print view and the API's Excel workbook for each moment. */
export function SheetFacts() {
  const { sheet } = useSheetPage();
  const subject = useEnumLabel('EvaluationSubjectKind');
  const dutyType = useEnumLabel('EvaluationDutyType');
  const moment = useEnumLabel('EvaluationMoment');
  const day = (value: string | null) => (value ? formatDate(value) : text.facts.none);
  const facts: [string, ReactNode][] = [
    [text.facts.subject, subject(sheet.subjectKind)],
    [text.facts.dutyType, dutyType(sheet.dutyType)],
    [text.facts.company, sheet.header.company],
    [text.facts.lead, sheet.header.evaluationLeadName],
    [text.facts.representative, sheet.header.representativeName],
    [text.facts.targets, day(sheet.targetsPresentedOn)],
    [text.facts.issued, day(sheet.issuedOn)],
  ];
  const printMoment = currentMoment(sheet.evaluations) ?? 'FINAL';
  return (
    <section className="rounded-16 bg-white p-6 shadow-sm" aria-label={text.factsLabel}>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-bold">{term}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <Link
          to="/jobcard/sheets/$sheetId/print"
          params={{ sheetId: sheet.id }}
          search={{ moment: printMoment }}
          className={LINK}
        >
          {text.print}
        </Link>
        {MOMENTS.map((each) => (
          <a
            key={each}
            className={LINK}
            href={`/jobcard/exports/evaluation-sheets/${sheet.id}/workbook.xlsx?moment=${each}`}
            download
          >
            {text.excel(moment(each))}
          </a>
        ))}
      </p>
    </section>
  );
}
