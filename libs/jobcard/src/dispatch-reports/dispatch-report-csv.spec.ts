import { parse } from 'csv-parse/sync';
import { csvCell, dispatchReportCsv, DISPATCH_REPORT_TITLE } from './dispatch-report-csv';

describe("the dispatch report's CSV", () => {
  it('starts with a UTF-8 byte order mark, ends lines with CRLF, and reads back table by table', () => {
    const bytes = dispatchReportCsv([
      { title: '① 窓口', headings: ['計', 'うち兼任'], rows: [[5, 2]] },
      { title: '③ 教育訓練', headings: ['欄', '訓練の内容等'], rows: [['イ', '係長・課長就任研修, 前期']] },
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe(DISPATCH_REPORT_TITLE);
    expect(parse(bytes, { bom: true, relaxColumnCount: true })).toEqual([
      [DISPATCH_REPORT_TITLE],
      [''],
      ['① 窓口'],
      ['計', 'うち兼任'],
      ['5', '2'],
      [''],
      ['③ 教育訓練'],
      ['欄', '訓練の内容等'],
      ['イ', '係長・課長就任研修, 前期'],
      [''],
    ]);
  });

  it('keeps text Excel would take for a formula as text, and the dash of "no figure" too', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('—')).toBe('—');
    expect(csvCell(8.9)).toBe('8.9');
  });
});
