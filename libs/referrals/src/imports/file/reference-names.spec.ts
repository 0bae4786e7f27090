import { readSeedCsv } from '@kakehashi/database';
import { JSIC_MAJOR_NAMES, PREFECTURE_NAMES } from './reference-names';

// The copies must say what the seeded reference tables say, or a name the file gives would map to another code.
describe('reference names', () => {
  it('are the seeded prefectures', () => {
    const seeded = Object.fromEntries(readSeedCsv('prefectures.csv').map((r) => [r['code'], r['name_ja']]));
    expect(PREFECTURE_NAMES).toEqual(seeded);
    expect(Object.keys(PREFECTURE_NAMES)).toHaveLength(47);
  });

  it('are the seeded JSIC major groups', () => {
    const seeded = Object.fromEntries(
      readSeedCsv('jsic-major-groups.csv').map((r) => [r['code'], r['name_ja']]),
    );
    expect(JSIC_MAJOR_NAMES).toEqual(seeded);
  });
});
