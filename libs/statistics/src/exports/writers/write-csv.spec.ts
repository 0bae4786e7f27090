import { parse } from 'csv-parse/sync';
import type { ExportDocument } from '../export-document';
import { csvCell, writeCsv } from './write-csv';

const doc: ExportDocument = {
  fileBaseName: '試験',
  asciiFileBaseName: 'test',
  title: '業種間の成立状況 2022年4月～2023年1月',
  meta: ['集計範囲: 全国'],
  sections: [
    {
      name: '概要',
      columns: [
        { heading: '項目', kind: 'text' },
        { heading: '値', kind: 'mixed' },
      ],
      rows: [
        ['異なる業種間で成立した割合（％）', 59.2],
        ['業種', '運輸業,郵便業'],
        ['備考', '公表値です。"上位3業種"のみ\n改行あり'],
        ['成立（人）', null],
      ],
    },
    {
      name: '送出業種',
      columns: [
        { heading: '順位', kind: 'integer' },
        { heading: '業種', kind: 'text' },
      ],
      rows: [[1, '製造業']],
    },
  ],
  notes: ['※ 速報値: 今後修正される場合があります。'],
};

describe('writeCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every line with CRLF, so Excel in Japan opens it', () => {
    const bytes = writeCsv(doc);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted cells, every line break is CRLF.
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted.match(/\n/g)?.length).toBe(unquoted.match(/\r\n/g)?.length);
  });

  it('quotes commas, quotes and line breaks so a CSV reader gets the cells back', () => {
    const rows = parse(writeCsv(doc), { bom: true, relaxColumnCount: true }) as string[][];
    expect(rows).toEqual([
      ['業種間の成立状況 2022年4月～2023年1月'],
      ['集計範囲: 全国'],
      [''],
      ['【概要】'],
      ['項目', '値'],
      ['異なる業種間で成立した割合（％）', '59.2'],
      ['業種', '運輸業,郵便業'],
      ['備考', '公表値です。"上位3業種"のみ\n改行あり'],
      ['成立（人）', ''],
      [''],
      ['【送出業種】'],
      ['順位', '業種'],
      ['1', '製造業'],
      [''],
      ['※ 速報値: 今後修正される場合があります。'],
    ]);
  });

  it('writes numbers plainly and keeps text that looks like a formula as text', () => {
    expect(csvCell(5611)).toBe('5611');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(59.2)).toBe('59.2');
    expect(csvCell(null)).toBe('');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(' 前後に空白 ')).toBe('" 前後に空白 "');
  });
});
