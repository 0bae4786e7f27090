import { formatDate, formatYen } from '@kakehashi/web-ui';
import type { DispatchCareerUpReportQuery } from '../../gql/graphql';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { dispatchMessages } from './messages';

const text = dispatchMessages.results;

export type Report = DispatchCareerUpReportQuery['dispatchCareerUpReport'];
type Sheet = Report['sheets'][number];

/** The API's figures: what to check, each sheet's yearly averages and c ÷ d, and the form's own tables. */
export function ReportResults({ report }: { report: Report }) {
  const notes = report.findings.filter((finding) => finding.severity !== 'ERROR');
  return (
    <section
      aria-labelledby="dr-results-heading"
      className="flex flex-col gap-6 rounded-16 bg-white p-6 shadow-sm"
    >
      <h2 id="dr-results-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      {notes.length ? (
        <div className="rounded-8 border-2 border-yellow-900 bg-yellow-50 p-4">
          <h3 className="font-bold">{text.findings}</h3>
          <ul className="mt-2 list-disc pl-6 [word-break:auto-phrase]">
            {notes.map((finding) => (
              <li key={`${finding.code}-${finding.field ?? ''}`}>{finding.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.sheets.map((sheet) => (
        <SheetSummary key={sheet.category} sheet={sheet} />
      ))}
      <p>
        <span className="font-bold">{text.wagePerHour}</span>：
        {report.averageWagePerHourYen === null || report.averageWagePerHourYen === undefined
          ? text.none
          : formatYen(report.averageWagePerHourYen)}
      </p>
      <FormTables tables={report.rows} />
    </section>
  );
}

/** A sheet's averages per tenure year over the qualifying courses, then c, d and c ÷ d, with the 8-hour check. */
function SheetSummary({ sheet }: { sheet: Sheet }) {
  const excluded = sheet.courses.filter((course) => course.excluded.length);
  return (
    <div>
      <h3 className="mb-2 text-lg font-bold [word-break:auto-phrase]">
        {text.averages(sheet.categoryLabel)}
      </h3>
      <ListTable
        label={text.averagesLabel(sheet.categoryLabel)}
        minWidth="min-w-[36rem]"
        columns={[
          { key: 'year', label: text.year },
          { key: 'a', label: text.a },
          { key: 'b', label: text.b },
          { key: 'average', label: text.average },
          { key: 'eight', label: text.eight },
        ]}
      >
        {sheet.years.map((year) => (
          <tr key={year.year}>
            <th scope="row" className={rowHeadCell}>
              {text.yearValue(year.year)}
            </th>
            <td className={bodyCell}>{text.hours(year.a.shown)}</td>
            <td className={bodyCell}>{text.people(year.b)}</td>
            <td className={`${bodyCell} font-bold`}>
              {year.average ? text.hours(year.average.shown) : text.none}
            </td>
            <td className={bodyCell}>
              {year.belowEightHours ? <strong className="text-error-1">{text.below}</strong> : text.meets}
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row" className={rowHeadCell}>
            {text.total}
          </th>
          <td className={bodyCell}>{text.hours(sheet.c.shown)}</td>
          <td className={bodyCell}>{text.people(sheet.d)}</td>
          <td className={`${bodyCell} font-bold`}>
            {sheet.cPerD ? text.hours(sheet.cPerD.shown) : text.none}
          </td>
          <td className={bodyCell}>{text.meets}</td>
        </tr>
      </ListTable>
      {excluded.map((course) => (
        <div key={course.name} className="mt-3">
          <h4 className="font-bold [word-break:auto-phrase]">{text.excluded(course.name)}</h4>
          <ul className="list-disc pl-6 [word-break:auto-phrase]">
            {course.excluded.map((entry) => (
              <li key={`${entry.workerId}-${entry.date}`}>
                {text.excludedItem(entry.workerId, formatDate(entry.date), entry.reasonText)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** The form's tables exactly as the API lays them out (the CSV has the same rows). */
function FormTables({ tables }: { tables: Report['rows'] }) {
  return (
    <div>
      <h3 className="mb-2 text-lg font-bold">{text.formTables}</h3>
      <div className="flex flex-col gap-4">
        {tables.map((table, tableIndex) => (
          <div key={`${tableIndex}-${table.title}`}>
            <h4 className="mb-1 font-bold [word-break:auto-phrase]">{table.title}</h4>
            <ListTable
              label={table.title}
              minWidth={table.headings.length > 8 ? 'min-w-[120rem]' : 'min-w-[40rem]'}
              wrapHeadings
              columns={table.headings.map((heading, index) => ({ key: `${index}`, label: heading }))}
            >
              {table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) => (
                    <td key={index} className={`${bodyCell} [word-break:auto-phrase]`}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </ListTable>
          </div>
        ))}
      </div>
    </div>
  );
}
