import { decodeUpload, parseReferralImport } from '@kakehashi/referrals';
import { generateUploadFiles } from './generate-rows';

const BRANCHES = ['新宿支店', '梅田支店'];
const CONTEXT = {
  today: '2026-11-21',
  branches: BRANCHES.map((name, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, name })),
};

describe('generateUploadFiles', () => {
  it('writes rows that pass every check of the import, in each format', async () => {
    const files = await generateUploadFiles({ rows: 400, seed: 7, branches: BRANCHES });
    const parsed = await Promise.all(
      [
        ['a.csv', files.utf8Csv],
        ['b.csv', files.shiftJisCsv],
        ['c.xlsx', files.xlsx],
      ].map(([name, bytes]) =>
        parseReferralImport(decodeUpload(name as string, (bytes as Buffer).toString('base64')), CONTEXT),
      ),
    );
    expect(parsed.map((p) => [p.encoding, p.rowCount, p.errors.slice(0, 3)])).toEqual([
      ['UTF-8 (BOM)', 400, []],
      ['Shift_JIS', 400, []],
      [null, 400, []],
    ]);
    expect(parsed[0].rows.some((r) => r.branchId !== null)).toBe(true);
    // Each format has its own companies.
    const names = parsed.flatMap((p) =>
      p.rows.map((r) => `${r.content.clientNameSearchKey}|${r.content.clientPrefectureCode}`),
    );
    expect(new Set(names).size).toBe(1200);
  });

  it('is the same for the same seed', async () => {
    const [a, b] = await Promise.all([
      generateUploadFiles({ rows: 50, seed: 3, branches: BRANCHES }),
      generateUploadFiles({ rows: 50, seed: 3, branches: BRANCHES }),
    ]);
    expect(a.utf8Csv.equals(b.utf8Csv)).toBe(true);
    expect(a.shiftJisCsv.equals(b.shiftJisCsv)).toBe(true);
  });
});
