// The sheet in the official layout of 様式4 (S001:512–646) as an Excel workbook: the header block, section I, the rated
// sections with 能力ユニット | 自己評価 A B C | 企業評価 A B C | 職務遂行のための基準 | コード, a struck criterion's C
// columns marked 「／」 (S001:539), and each section's 総評・コメント row.
import ExcelJS from 'exceljs';
import type { Evaluation, EvaluationMoment, Grade, SheetUnit } from './evaluation-sheet';
import type { EvaluationSheetEntity } from './evaluation-sheet.entity';
import { SECTION_TITLES, SHEET_PRINT_ALIAS, SHEET_PRINT_TITLE } from './evaluation-sheets.messages';
import { sheetCriteria, type SheetSectionId } from './rules/criterion-keys';
import { sortedEvaluations } from './evaluation-sheet.view';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STATEMENT =
  '上記の者の訓練期間における訓練職務内容と当社としての職業能力についての評価は、以下のとおりですので、今後のキャリア形成の参考にしてください。';
const GRADES: readonly Grade[] = ['A', 'B', 'C'];
const MARK = '○';
/** The ideographic space the form leaves before 印 (written as an escape: lint refuses the character itself). */
const WIDE_SPACE = '\u3000';
const STRUCK = '／';
const LAST_COLUMN = 9;
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The evaluation printed: the one asked for, else the latest recorded (final, mid-term, then the targets). */
export function printedEvaluation(
  entity: EvaluationSheetEntity,
  moment?: EvaluationMoment | null,
): Evaluation | null {
  const evaluations = sortedEvaluations(entity.evaluations);
  if (moment) return evaluations.find((evaluation) => evaluation.moment === moment) ?? null;
  return evaluations[evaluations.length - 1] ?? null;
}

function row(
  ws: ExcelJS.Worksheet,
  values: (string | null)[],
  options: { bold?: boolean; merge?: boolean } = {},
) {
  const added = ws.addRow(values);
  if (options.merge) ws.mergeCells(added.number, 2, added.number, LAST_COLUMN);
  added.eachCell({ includeEmpty: true }, (cell, column) => {
    if (column > LAST_COLUMN) return;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', wrapText: true };
    if (options.bold) cell.font = { bold: true };
  });
  return added;
}

function title(ws: ExcelJS.Worksheet, text: string) {
  const added = ws.addRow([text]);
  ws.mergeCells(added.number, 1, added.number, LAST_COLUMN);
  added.getCell(1).font = { bold: true };
}

function headerBlock(ws: ExcelJS.Worksheet, entity: EvaluationSheetEntity) {
  const { header } = entity.sheet;
  const titleRow = ws.addRow([SHEET_PRINT_TITLE]);
  ws.mergeCells(titleRow.number, 1, titleRow.number, LAST_COLUMN);
  titleRow.getCell(1).font = { bold: true, size: 14 };
  ws.addRow([SHEET_PRINT_ALIAS]);
  row(ws, ['訓練の職務', header.duty], { merge: true });
  row(ws, ['訓練参加者氏名', header.traineeName], { merge: true });
  const statement = ws.addRow([STATEMENT]);
  ws.mergeCells(statement.number, 1, statement.number, LAST_COLUMN);
  statement.getCell(1).alignment = { wrapText: true };
  row(
    ws,
    [
      '日付',
      header.issuedOn ?? `${WIDE_SPACE.repeat(2)}年${WIDE_SPACE.repeat(2)}月${WIDE_SPACE.repeat(2)}日`,
    ],
    { merge: true },
  );
  row(ws, ['実習実施企業', header.company], { merge: true });
  row(ws, ['評価責任者氏名', `${header.evaluationLeadName}${WIDE_SPACE}印`], { merge: true });
  row(ws, ['代表者氏名', `${header.representativeName}${WIDE_SPACE}代表者印`], { merge: true });
}

function section1(ws: ExcelJS.Worksheet, entity: EvaluationSheetEntity) {
  ws.addRow([]);
  title(ws, 'Ⅰ 企業実習・OJT期間内における職務内容');
  const head = row(ws, ['期間', '区分', '職務内容'], { bold: true });
  ws.mergeCells(head.number, 3, head.number, LAST_COLUMN);
  for (const duty of entity.sheet.ojtDuties) {
    const added = row(ws, [
      `${duty.from}〜${duty.to}`,
      duty.kind === 'OJT' ? 'OJT' : '企業実習',
      duty.description,
    ]);
    ws.mergeCells(added.number, 3, added.number, LAST_COLUMN);
  }
  row(ws, ['(総評・コメント)', entity.sheet.comments.section1 ?? ''], { merge: true });
}

function gradeCells(evaluation: Evaluation | null, key: string): string[] {
  const rating = evaluation?.ratings[key];
  if (rating?.notEvaluated) return ['', '', STRUCK, '', '', STRUCK];
  const marks = (grade: Grade | null | undefined) => GRADES.map((g) => (grade === g ? MARK : ''));
  return [...marks(rating?.self), ...marks(rating?.company)];
}

function ratedSection(
  ws: ExcelJS.Worksheet,
  entity: EvaluationSheetEntity,
  section: SheetSectionId,
  units: readonly SheetUnit[],
  comment: string,
  evaluation: Evaluation | null,
) {
  ws.addRow([]);
  title(ws, SECTION_TITLES[section]);
  if (section === 'III2') {
    const sources = [...new Set(units.flatMap((u) => u.criteria.map((c) => c.sourceName)).filter(Boolean))];
    row(ws, ['評価基準の出所', sources.join('、')], { merge: true });
  }
  const top = row(
    ws,
    ['能力ユニット', '自己評価', '', '', '企業評価', '', '', '職務遂行のための基準', 'コード'],
    { bold: true },
  );
  const sub = row(ws, ['', 'A', 'B', 'C', 'A', 'B', 'C', '', ''], { bold: true });
  ws.mergeCells(top.number, 2, top.number, 4);
  ws.mergeCells(top.number, 5, top.number, 7);
  for (const column of [1, 8, 9]) ws.mergeCells(top.number, column, sub.number, column);
  const entries = sheetCriteria(entity.sheet).filter((entry) => entry.section === section);
  let index = 0;
  for (const unit of units) {
    const first = ws.rowCount + 1;
    for (const criterion of unit.criteria) {
      const entry = entries[index++];
      row(ws, [
        unit.name,
        ...gradeCells(evaluation, entry.key),
        `(${entry.number}) ${criterion.text}`,
        criterion.code,
      ]);
    }
    if (unit.criteria.length > 1) ws.mergeCells(first, 1, ws.rowCount, 1);
  }
  row(ws, ['(総評・コメント)', comment], { merge: true });
}

/** The workbook of one sheet, with the ratings of `moment` (or the latest evaluation). */
export async function evaluationSheetWorkbook(
  entity: EvaluationSheetEntity,
  moment?: EvaluationMoment | null,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('評価シート', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [20, 5, 5, 5, 5, 5, 5, 60, 14].map((width) => ({ width }));
  const evaluation = printedEvaluation(entity, moment);
  const { sheet } = entity;
  headerBlock(ws, entity);
  section1(ws, entity);
  ratedSection(ws, entity, 'II', sheet.section2, sheet.comments.section2, evaluation);
  ratedSection(ws, entity, 'III1', sheet.section3Basic.units, sheet.comments.section3Basic, evaluation);
  ratedSection(ws, entity, 'III2', sheet.section3Special.units, sheet.comments.section3Special, evaluation);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
