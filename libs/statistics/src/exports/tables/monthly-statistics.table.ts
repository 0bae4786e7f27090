// 月別統計: the twelve months of a fiscal year with the same month a year earlier, and the year's total.
import { fiscalYearEraLabel } from '../../periods/year-month';
import type { MonthlyStatistics } from '../../statistics.types';
import type { CellValue, ExportColumn, ExportDocument } from '../export-document';
import {
  createdAtLine,
  fiscalYearFullLabel,
  liveSourceNote,
  moveTypeAscii,
  moveTypeLabel,
  moveTypeShortLabel,
  PEOPLE_NOTE,
  preliminaryCell,
  PRELIMINARY_NOTE,
  PUBLISHED_SOURCE_NOTE,
  safeFileName,
  scopeAscii,
  SOURCE_LABELS,
} from '../export-labels';
import { offerCountingNote } from './table-notes';

const COLUMNS: ExportColumn[] = [
  { heading: '年月', kind: 'text' },
  { heading: '和暦', kind: 'text' },
  { heading: '出典', kind: 'text' },
  { heading: '速報値', kind: 'text' },
  { heading: '受入情報（人）', kind: 'integer' },
  { heading: '送出情報（人）', kind: 'integer' },
  { heading: '成立 在籍型出向（人）', kind: 'integer' },
  { heading: '成立 移籍（人）', kind: 'integer' },
  { heading: '成立 合計（人）', kind: 'integer' },
  { heading: '前年同月 受入情報（人）', kind: 'integer' },
  { heading: '前年同月 送出情報（人）', kind: 'integer' },
  { heading: '前年同月 成立（人）', kind: 'integer' },
  { heading: '備考', kind: 'text' },
];

export function monthlyStatisticsDocument(data: MonthlyStatistics, createdAt: Date): ExportDocument {
  const rows: CellValue[][] = data.months.map((m) => [
    m.label,
    m.eraLabel,
    SOURCE_LABELS[m.source],
    preliminaryCell(m.preliminary),
    m.receiving,
    m.sending,
    m.establishedSecondment,
    m.establishedTransfer,
    m.establishedTotal,
    m.previousYear.receiving,
    m.previousYear.sending,
    m.previousYear.established,
    m.note ?? '',
  ]);
  const t = data.total;
  rows.push([
    `${t.label}計`,
    `${fiscalYearEraLabel(t.fiscalYear)}計`,
    SOURCE_LABELS[t.source],
    preliminaryCell(t.preliminary),
    t.receiving,
    t.sending,
    t.establishedSecondment,
    t.establishedTransfer,
    t.establishedTotal,
    null,
    null,
    null,
    [t.monthsCovered < 12 ? `集計月数${t.monthsCovered}か月` : '', ...t.notes].filter(Boolean).join(' '),
  ]);
  const move = moveTypeShortLabel(data.moveType);
  return {
    fileBaseName: safeFileName(`月別統計_${data.label}_${data.scope.label}_${move}`),
    asciiFileBaseName: `monthly-statistics_FY${data.fiscalYear}_${scopeAscii(data.scope)}_${moveTypeAscii(data.moveType)}`,
    title: `月別統計 ${fiscalYearFullLabel(data.fiscalYear)}`,
    meta: [
      `集計範囲: ${data.scope.label}`,
      `形態: ${moveTypeLabel(data.moveType)}`,
      createdAtLine(createdAt),
    ],
    sections: [{ name: '月別統計', columns: COLUMNS, rows, totalRows: [rows.length - 1] }],
    notes: [
      PRELIMINARY_NOTE,
      PUBLISHED_SOURCE_NOTE,
      liveSourceNote(data.liveFrom),
      PEOPLE_NOTE,
      offerCountingNote(data.moveType),
      '前年同月 成立: 指定した形態の成立（形態の指定がなければ合計）です。空欄は公表されていない、または集計の対象外の数値です（備考を参照）。',
    ],
  };
}
