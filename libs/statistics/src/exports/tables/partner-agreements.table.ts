// 連携協定の締結状況: agreements in force on a date, by partner type, as partnerAgreementCounts gives them.
import type { PartnerAgreementCounts } from '@kakehashi/partners';
import type { CellValue, ExportDocument } from '../export-document';
import { createdAtLine, dateFullLabel } from '../export-labels';

export function partnerAgreementsDocument(data: PartnerAgreementCounts, createdAt: Date): ExportDocument {
  const rows: CellValue[][] = data.byType.map((t) => [t.typeLabel, t.count]);
  rows.push(['合計', data.total]);
  return {
    fileBaseName: `連携協定の締結状況_${data.asOf.replace(/-/g, '')}`,
    asciiFileBaseName: `partner-agreements_${data.asOf}`,
    title: `連携協定の締結状況 ${dateFullLabel(data.asOf)}現在`,
    meta: [`基準日: ${dateFullLabel(data.asOf)}`, createdAtLine(createdAt)],
    sections: [
      {
        name: '連携協定',
        columns: [
          { heading: '種別', kind: 'text' },
          { heading: '協定数（件）', kind: 'integer' },
        ],
        rows,
        totalRows: [rows.length - 1],
      },
    ],
    notes: [
      '基準日に有効な協定の数です（締結日が基準日以前で、終了日がないか基準日より後の協定）。本部・地方事務所の協定を含みます。',
      '出典「集計値」: 本システムの記録（連携機関・連携協定）。',
    ],
  };
}
