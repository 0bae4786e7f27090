import { render, screen, within } from '@testing-library/react';
import { csvWithBom } from './files';
import { ForwardSummary } from './forward-summary';

describe('the summary of a forward on a selection', () => {
  it('counts what went to the Center and lists each refusal with the API’s reason, focused to be read at once', () => {
    render(
      <ForwardSummary
        outcome={{
          forwarded: ['株式会社一'],
          refused: [
            {
              id: 'r2',
              clientName: '株式会社二',
              message: 'この紹介は現在「下書き」のため、センターへの送付はできません。',
            },
          ],
        }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'センターへの送付の結果' })).toHaveFocus();
    expect(screen.getByText('1件を送付しました。')).toBeInTheDocument();
    expect(screen.getByText('1件は送付できませんでした。')).toBeInTheDocument();
    const refused = within(screen.getByRole('region', { name: '送付できなかった紹介と理由' }));
    expect(refused.getByRole('rowheader', { name: '株式会社二' })).toBeInTheDocument();
    expect(refused.getByText(/「下書き」のため/)).toBeInTheDocument();
  });

  it('has no refusal table when everything went', () => {
    render(<ForwardSummary outcome={{ forwarded: ['株式会社一', '株式会社二'], refused: [] }} />);
    expect(screen.getByText('2件を送付しました。')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('the table of errors as a CSV', () => {
  it('is UTF-8 with a BOM and CRLF, cells quoted per RFC 4180', () => {
    const bytes = csvWithBom([
      ['行番号', '列', '内容'],
      ['3', '法人番号(任意)', '誤り, "引用" あり'],
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(
      '行番号,列,内容\r\n3,法人番号(任意),"誤り, ""引用"" あり"\r\n',
    );
  });
});
