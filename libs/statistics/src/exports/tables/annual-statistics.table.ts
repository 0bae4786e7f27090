// 年度別統計: one row per fiscal year, the published history and the live months combined at the cut-over.
import { periodLabel } from '../../periods/year-month';
import type { AnnualStatistics } from '../../statistics.types';
import type { CellValue, ExportColumn, ExportDocument } from '../export-document';
import {
  createdAtLine,
  fiscalYearFullLabel,
  fiscalYearsFullLabel,
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
  { heading: '年度', kind: 'text' },
  { heading: '期間', kind: 'text' },
  { heading: '出典', kind: 'text' },
  { heading: '速報値', kind: 'text' },
  { heading: '集計月数', kind: 'integer' },
  { heading: '受入情報（人）', kind: 'integer' },
  { heading: '送出情報（人）', kind: 'integer' },
  { heading: '成立 在籍型出向（人）', kind: 'integer' },
  { heading: '成立 移籍（人）', kind: 'integer' },
  { heading: '成立 合計（人）', kind: 'integer' },
  { heading: '備考', kind: 'text' },
];

export function annualStatisticsDocument(data: AnnualStatistics, createdAt: Date): ExportDocument {
  const rows: CellValue[][] = data.years.map((y) => [
    fiscalYearFullLabel(y.fiscalYear),
    y.coveredFrom && y.coveredTo
      ? periodLabel(y.coveredFrom, y.coveredTo)
      : periodLabel(y.periodFrom, y.periodTo),
    SOURCE_LABELS[y.source],
    preliminaryCell(y.preliminary),
    y.monthsCovered,
    y.receiving,
    y.sending,
    y.establishedSecondment,
    y.establishedTransfer,
    y.establishedTotal,
    y.notes.join(' '),
  ]);
  const first = data.years[0].fiscalYear;
  const last = data.years[data.years.length - 1].fiscalYear;
  const years = first === last ? `${first}年度` : `${first}-${last}年度`;
  const move = moveTypeShortLabel(data.moveType);
  return {
    fileBaseName: safeFileName(`年度別統計_${years}_${data.scope.label}_${move}`),
    asciiFileBaseName: `annual-statistics_FY${first}-FY${last}_${scopeAscii(data.scope)}_${moveTypeAscii(data.moveType)}`,
    title: `年度別統計 ${fiscalYearsFullLabel(first, last)}`,
    meta: [
      `集計範囲: ${data.scope.label}`,
      `形態: ${moveTypeLabel(data.moveType)}`,
      createdAtLine(createdAt),
    ],
    sections: [{ name: '年度別統計', columns: COLUMNS, rows }],
    notes: [
      PRELIMINARY_NOTE,
      PUBLISHED_SOURCE_NOTE,
      '公表値の年度: 公表資料は各列を1年早い年度で表示していますが、月別推移の年度計と一致する年度に読み替えています（2022年度は4月～1月）。',
      liveSourceNote(data.liveFrom),
      PEOPLE_NOTE,
      offerCountingNote(data.moveType),
      '期間: 数値に含まれる月です。集計月数が12に満たない年度は、公表されていない月・まだ始まっていない月を含みません（備考を参照）。',
    ],
  };
}
