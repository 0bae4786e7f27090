import { formatDate } from '@kakehashi/web-ui';
import type { SheetDetailFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { sheetMessages } from './messages';
import { cell } from './print-sections';

const text = sheetMessages.print;
const label = `${cell} w-[22%] bg-solid-gray-50 text-left font-bold`;

/** The form's header block (R-ES-1): duty, trainee, the statement, date, company, lead and representative. */
export function PrintHeader({ sheet, date }: { sheet: SheetDetailFragment; date: string }) {
  const { header } = sheet;
  return (
    <div className="mt-4 text-[10pt]">
      <table className="w-full border-collapse">
        <tbody>
          <tr>
            <th scope="row" className={label}>
              {text.duty}
            </th>
            <td className={cell}>{header.duty}</td>
          </tr>
          <tr>
            <th scope="row" className={label}>
              {text.trainee}
            </th>
            <td className={cell}>{header.traineeName}</td>
          </tr>
        </tbody>
      </table>
      <p className="my-3">{text.statement}</p>
      <table className="ml-auto w-[70%] border-collapse">
        <tbody>
          <tr>
            <th scope="row" className={label}>
              {text.date}
            </th>
            <td className={cell}>{date}</td>
          </tr>
          <tr>
            <th scope="row" className={label}>
              {text.company}
            </th>
            <td className={cell}>{header.company}</td>
          </tr>
          <tr>
            <th scope="row" className={label}>
              {text.lead}
            </th>
            <td className={cell}>
              {header.evaluationLeadName}
              <span className="float-right">{text.seal}</span>
            </td>
          </tr>
          <tr>
            <th scope="row" className={label}>
              {text.representative}
            </th>
            <td className={cell}>
              {header.representativeName}
              <span className="float-right">{text.seal}</span>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** Section I (R-ES-2): the period, 企業実習 or OJT, and the tasks, with its comment. */
export function PrintOjt({ sheet }: { sheet: SheetDetailFragment }) {
  const kind = useEnumLabel('OjtDutyKind');
  const head = `${cell} bg-solid-gray-50 font-bold text-center`;
  return (
    <table className="mt-4 w-full border-collapse text-[9pt]">
      <caption className="mb-1 text-left text-[10.5pt] font-bold">{sheetMessages.sections.s1}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${head} w-[30%]`}>
            {text.period}
          </th>
          <th scope="col" className={`${head} w-[10%]`}>
            {text.kind}
          </th>
          <th scope="col" className={head}>
            {text.description}
          </th>
        </tr>
      </thead>
      <tbody>
        {sheet.ojtDuties.map((row, index) => (
          <tr key={index}>
            <td className={cell}>{sheetMessages.sheet.period(formatDate(row.from), formatDate(row.to))}</td>
            <td className={`${cell} text-center`}>{kind(row.kind)}</td>
            <td className={`${cell} whitespace-pre-wrap`}>{row.description}</td>
          </tr>
        ))}
        {sheet.comments.section1 ? (
          <tr>
            <th scope="row" className={`${cell} text-left font-bold`}>
              {sheetMessages.sections.comment}
            </th>
            <td colSpan={2} className={`${cell} whitespace-pre-wrap`}>
              {sheet.comments.section1}
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
