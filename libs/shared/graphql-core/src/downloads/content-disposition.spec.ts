import { asciiFallback, attachmentDisposition, rfc5987Encode } from './content-disposition';

describe('Content-Disposition for Japanese file names', () => {
  it('percent-encodes the UTF-8 name as RFC 5987 asks, including the characters encodeURIComponent leaves', () => {
    expect(rfc5987Encode('月別統計.csv')).toBe('%E6%9C%88%E5%88%A5%E7%B5%B1%E8%A8%88.csv');
    expect(rfc5987Encode("a'b(c)*d e")).toBe('a%27b%28c%29%2Ad%20e');
    expect(decodeURIComponent(rfc5987Encode('年度別統計_2013-2022年度_全国.xlsx'))).toBe(
      '年度別統計_2013-2022年度_全国.xlsx',
    );
  });

  it('gives old clients an ASCII filename and modern ones filename*', () => {
    expect(attachmentDisposition('月別統計_2022年度.csv', 'monthly-statistics_FY2022.csv')).toBe(
      `attachment; filename="monthly-statistics_FY2022.csv"; filename*=UTF-8''%E6%9C%88%E5%88%A5%E7%B5%B1%E8%A8%88_2022%E5%B9%B4%E5%BA%A6.csv`,
    );
    expect(asciiFallback('a"b\\c日本')).toBe('a_b_c__');
  });
});
