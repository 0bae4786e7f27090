// キャリア人材バンクの再就職実績: a fiscal year's re-employments by month, by occupation group and by employment
// type, as talentBankOutcomes gives them (aggregates only, no personal data).
import type { TalentBankOutcomes } from '@kakehashi/talent-bank';
import { monthEraLabel, monthLabel } from '../../periods/year-month';
import type { CellValue, ExportDocument } from '../export-document';
import { createdAtLine, fiscalYearFullLabel, PEOPLE_NOTE } from '../export-labels';

export function talentBankOutcomesDocument(
  data: TalentBankOutcomes,
  createdAt: Date,
  currentMonth: string,
): ExportDocument {
  const months: CellValue[][] = data.byMonth.map((m) => [
    monthLabel(m.month),
    monthEraLabel(m.month),
    m.month > currentMonth ? null : m.count,
    m.month > currentMonth ? 'まだ始まっていません' : m.month === currentMonth ? '月の途中' : '',
  ]);
  months.push([`${data.fiscalYear}年度計`, '', data.total, '']);
  const occupations: CellValue[][] = data.byOccupation.length
    ? data.byOccupation.map((o) => [o.occupationCode, o.occupationName, o.count])
    : [[null, '再就職の実績はありません', null]];
  const types: CellValue[][] = data.byEmploymentType.map((t) => [t.label, t.count]);
  types.push(['合計', data.total]);
  return {
    fileBaseName: `キャリア人材バンク再就職実績_${data.fiscalYear}年度`,
    asciiFileBaseName: `talent-bank-outcomes_FY${data.fiscalYear}`,
    title: `キャリア人材バンク 再就職実績 ${fiscalYearFullLabel(data.fiscalYear)}`,
    meta: [createdAtLine(createdAt)],
    sections: [
      {
        name: '月別',
        columns: [
          { heading: '年月', kind: 'text' },
          { heading: '和暦', kind: 'text' },
          { heading: '再就職者数（人）', kind: 'integer' },
          { heading: '備考', kind: 'text' },
        ],
        rows: months,
        totalRows: [months.length - 1],
      },
      {
        name: '職種別',
        columns: [
          { heading: '職業分類コード（大分類）', kind: 'text' },
          { heading: '再就職先の職種', kind: 'text' },
          { heading: '再就職者数（人）', kind: 'integer' },
        ],
        rows: occupations,
      },
      {
        name: '雇用形態別',
        columns: [
          { heading: '雇用形態', kind: 'text' },
          { heading: '再就職者数（人）', kind: 'integer' },
        ],
        rows: types,
        totalRows: [types.length - 1],
      },
    ],
    notes: [
      '再就職日で集計した再就職者数です（集計値のみで、個人を特定できる情報は含みません）。',
      '出典「集計値」: 本システムの記録（キャリア人材バンクの再就職実績）。',
      PEOPLE_NOTE,
    ],
  };
}
