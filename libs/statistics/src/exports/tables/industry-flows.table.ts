// 業種間の成立状況: a summary with the cross-industry share, the sending and receiving industries ranked, and the
// sending × receiving matrix (rows: sending industries, columns: receiving industries, with totals).
import { StatisticsSource, type IndustryFlows, type IndustryPeople } from '../../statistics.types';
import type { CellValue, ExportColumn, ExportDocument, ExportSection } from '../export-document';
import {
  createdAtLine,
  liveSourceNote,
  moveTypeAscii,
  moveTypeLabel,
  moveTypeShortLabel,
  PEOPLE_NOTE,
  PRELIMINARY_MARK,
  PRELIMINARY_NOTE,
  PUBLISHED_SOURCE_NOTE,
  safeFileName,
  scopeAscii,
  SOURCE_LABELS,
} from '../export-labels';

const RANK_COLUMNS: ExportColumn[] = [
  { heading: '順位', kind: 'integer' },
  { heading: '業種コード（JSIC大分類）', kind: 'text' },
  { heading: '業種', kind: 'text' },
  { heading: '成立（人）', kind: 'integer' },
];

function ranked(name: string, industries: IndustryPeople[], missing: string): ExportSection {
  return {
    name,
    columns: RANK_COLUMNS,
    rows: industries.length
      ? industries.map((i) => [i.rank, i.jsicCode, i.industryJa, i.people])
      : [[null, null, missing, null]],
  };
}

/** The matrix over the industries that occur on either side, in JSIC order, with row and column totals. */
function matrix(data: IndustryFlows, missing: string): ExportSection {
  const corner = '送出業種＼受入業種';
  if (!data.matrix.length) {
    return { name: '業種間マトリクス', columns: [{ heading: corner, kind: 'text' }], rows: [[missing]] };
  }
  const names = new Map<string, string>();
  for (const cell of data.matrix) {
    names.set(cell.sendingJsicCode, cell.sendingIndustryJa);
    names.set(cell.receivingJsicCode, cell.receivingIndustryJa);
  }
  const sending = [...new Set(data.matrix.map((c) => c.sendingJsicCode))].sort();
  const receiving = [...new Set(data.matrix.map((c) => c.receivingJsicCode))].sort();
  const people = new Map(data.matrix.map((c) => [`${c.sendingJsicCode}:${c.receivingJsicCode}`, c.people]));
  const at = (s: string, r: string) => people.get(`${s}:${r}`) ?? 0;
  const columns: ExportColumn[] = [
    { heading: corner, kind: 'text' },
    ...receiving.map((r): ExportColumn => ({ heading: `${r} ${names.get(r)}`, kind: 'integer' })),
    { heading: '計', kind: 'integer' },
  ];
  const rows: CellValue[][] = sending.map((s) => {
    const cells = receiving.map((r) => at(s, r));
    return [`${s} ${names.get(s)}`, ...cells, cells.reduce((a, b) => a + b, 0)];
  });
  const columnTotals = receiving.map((r) => sending.reduce((sum, s) => sum + at(s, r), 0));
  rows.push(['計', ...columnTotals, columnTotals.reduce((a, b) => a + b, 0)]);
  return { name: '業種間マトリクス', columns, rows, totalRows: [rows.length - 1] };
}

export function industryFlowsDocument(
  data: IndustryFlows,
  createdAt: Date,
  liveFrom: string,
): ExportDocument {
  // A live period with nobody established has counted zero, not an unpublished figure.
  const missing =
    data.source === StatisticsSource.LIVE
      ? '該当する成立はありません（集計値、0人）。'
      : (data.note ?? '公表されていません。');
  const summary: ExportSection = {
    name: '概要',
    columns: [
      { heading: '項目', kind: 'text' },
      { heading: '値', kind: 'mixed' },
    ],
    rows: [
      ['期間', data.label],
      ['出典', SOURCE_LABELS[data.source]],
      ['速報値', data.preliminary ? PRELIMINARY_MARK : ''],
      ['成立（人）', data.totalPeople],
      ['うち異なる業種間で成立（人）', data.crossIndustryPeople],
      ['異なる業種間で成立した割合（％）', data.crossIndustryShare],
      ['備考', data.note ?? ''],
    ],
  };
  const move = moveTypeShortLabel(data.moveType);
  const compact = (ym: string) => ym.replace('-', '');
  return {
    fileBaseName: safeFileName(
      `業種間の成立状況_${compact(data.from)}-${compact(data.to)}_${data.scope.label}_${move}`,
    ),
    asciiFileBaseName: `industry-flows_${data.from}_${data.to}_${scopeAscii(data.scope)}_${moveTypeAscii(data.moveType)}`,
    title: `業種間の成立状況 ${data.label}`,
    meta: [
      `集計範囲: ${data.scope.label}`,
      `形態: ${moveTypeLabel(data.moveType)}`,
      createdAtLine(createdAt),
    ],
    sections: [
      summary,
      ranked('送出業種', data.topSendingIndustries, missing),
      ranked('受入業種', data.topReceivingIndustries, missing),
      matrix(data, missing),
    ],
    notes: [
      PRELIMINARY_NOTE,
      PUBLISHED_SOURCE_NOTE,
      '公表値の業種別は上位3業種と異なる業種間で成立した割合のみで、送出×受入の組み合わせは公表されていません。',
      liveSourceNote(liveFrom),
      PEOPLE_NOTE,
      '業種: 送出企業・受入企業の日本標準産業分類（大分類）。異なる業種間で成立した割合 = 送出企業と受入企業の大分類が異なる成立人数 ÷ 成立人数（訂正を差し引いた人数、小数第1位で四捨五入）。',
    ],
  };
}
