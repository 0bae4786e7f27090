import readXlsxFile from 'read-excel-file/node';
import type { ExportDocument } from '../export-document';
import { documentGrid } from '../export-grid';
import { displayWidth, writeXlsx } from './write-xlsx';

const doc: ExportDocument = {
  fileBaseName: '試験',
  asciiFileBaseName: 'test',
  title: '月別統計 2021年度（令和3年度）',
  meta: ['集計範囲: 全国'],
  sections: [
    {
      name: '月別統計',
      columns: [
        { heading: '年月', kind: 'text' },
        { heading: '成立 在籍型出向（人）', kind: 'integer' },
        { heading: '割合（％）', kind: 'decimal' },
      ],
      rows: [
        ['2021年4月', 475, 59.2],
        ['2021年5月', null, 60],
        ['2021年度計', 5611, null],
      ],
      totalRows: [2],
    },
    {
      name: '業種間マトリクス',
      columns: [{ heading: '送出業種＼受入業種', kind: 'text' }],
      rows: [['公表されていません。']],
    },
  ],
  notes: ['※ 速報値: 本部が締めていない月の集計値です。'],
};

describe('writeXlsx', () => {
  it('writes one sheet per section whose cells read back as the document laid out, numbers as numbers', async () => {
    const sheets = await readXlsxFile(await writeXlsx(doc));
    expect(sheets.map((s) => s.sheet)).toEqual(['月別統計', '業種間マトリクス']);
    const first = sheets[0].data.map((row) => row.filter((cell) => cell !== null));
    expect(first).toEqual([
      ['月別統計 2021年度（令和3年度）'],
      ['集計範囲: 全国'],
      [],
      ['年月', '成立 在籍型出向（人）', '割合（％）'],
      ['2021年4月', 475, 59.2],
      ['2021年5月', 60],
      ['2021年度計', 5611],
      [],
      ['※ 速報値: 本部が締めていない月の集計値です。'],
    ]);
    // The empty figure stays an empty cell in its own column (not shifted).
    expect(sheets[0].data[5]).toEqual(['2021年5月', null, 60]);
    expect(typeof sheets[0].data[6][1]).toBe('number');
  });

  it('gives a single-section export the same cells as its CSV grid', async () => {
    const single = { ...doc, sections: [doc.sections[0]] };
    const [sheet] = await readXlsxFile(await writeXlsx(single));
    const grid = documentGrid(single).map((row) => row.cells);
    const width = sheet.data[0].length;
    const padded = grid.map((row) => [...row, ...new Array<null>(width - row.length).fill(null)]);
    expect(sheet.data).toEqual(padded);
  });

  it('styles the headings bold and sizes the columns (xlsx internals)', async () => {
    const buffer = await writeXlsx(doc);
    // The .xlsx is a zip; the styles and sheet XML are stored deflated, so check through a reader-independent path:
    // the sheet declares its column widths and frozen heading rows.
    const text = await unzipEntry(buffer, 'xl/worksheets/sheet1.xml');
    expect(text).toMatch(/<col [^>]*width="2[0-9](\.\d+)?"/);
    expect(text).toMatch(/<pane [^>]*ySplit="4"/);
    const styles = await unzipEntry(buffer, 'xl/styles.xml');
    expect(styles).toMatch(/<b\s*\/>/);
  });

  it('measures Japanese text as two columns per character', () => {
    expect(displayWidth('年月')).toBe(4);
    expect(displayWidth('2021年4月')).toBe(9);
    expect(displayWidth(5611)).toBe(5);
  });
});

/** One entry of a zip file (the .xlsx), inflated. */
async function unzipEntry(zip: Buffer, name: string): Promise<string> {
  const { inflateRawSync } = await import('node:zlib');
  let offset = 0;
  while (offset + 30 <= zip.length && zip.readUInt32LE(offset) === 0x04034b50) {
    const method = zip.readUInt16LE(offset + 8);
    let compressedSize = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extraLength = zip.readUInt16LE(offset + 28);
    const entryName = zip.toString('utf8', offset + 30, offset + 30 + nameLength);
    const dataStart = offset + 30 + nameLength + extraLength;
    if (compressedSize === 0) compressedSize = centralSize(zip, entryName);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (entryName === name) return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    offset = dataStart + compressedSize;
    // A data descriptor may follow when sizes were not known up front.
    if (zip.readUInt32LE(offset) === 0x08074b50) offset += 16;
  }
  throw new Error(`${name} not found in the zip`);
}

/** The compressed size from the central directory (local headers may leave it 0). */
function centralSize(zip: Buffer, name: string): number {
  for (let i = zip.length - 22; i >= 0; i -= 1) {
    if (zip.readUInt32LE(i) !== 0x06054b50) continue;
    let p = zip.readUInt32LE(i + 16);
    const count = zip.readUInt16LE(i + 10);
    for (let n = 0; n < count; n += 1) {
      const size = zip.readUInt32LE(p + 20);
      const nameLength = zip.readUInt16LE(p + 28);
      const extra = zip.readUInt16LE(p + 30);
      const comment = zip.readUInt16LE(p + 32);
      if (zip.toString('utf8', p + 46, p + 46 + nameLength) === name) return size;
      p += 46 + nameLength + extra + comment;
    }
  }
  throw new Error(`${name} not in the central directory`);
}
