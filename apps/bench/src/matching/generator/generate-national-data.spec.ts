import { readSeedCsv } from '@kakehashi/database';
import { isValidCorporateNumber, skillMatchKey } from '@kakehashi/text';
import {
  generateNationalData,
  GENERATED_CORPORATE_NUMBER_PREFIX,
  type GeneratorOptions,
  type SkillDictionaryEntry,
} from './generate-national-data';

const prefectures = readSeedCsv('prefectures.csv').map((row) => ({
  code: row['code'],
  name: row['name_ja'],
  region: row['region_ja'],
}));
const jsicCodes = readSeedCsv('jsic-major-groups.csv').map((row) => row['code']);
const skills: SkillDictionaryEntry[] = readSeedCsv('skills.csv').map((row, i) => {
  const split = (value: string | undefined) => (value ? value.split('|') : []);
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: row['name'],
    matchKey: skillMatchKey(row['name']),
    aliasKeys: [row['name'], row['reading'], ...split(row['synonyms'])].map(skillMatchKey),
    implies: split(row['implies']),
  };
});

const options: GeneratorOptions = {
  seed: 7,
  sending: 2_000,
  receiving: 6_000,
  today: '2026-11-21',
  prefectures,
  skills,
};
const data = generateNationalData(options);

describe('generateNationalData', () => {
  it('gives byte-identical data for the same seed and different data for another', () => {
    expect(JSON.stringify(generateNationalData(options))).toBe(JSON.stringify(data));
    const other = generateNationalData({ ...options, seed: 8 });
    expect(other.sending[0].id).not.toBe(data.sending[0].id);
    expect(other.companies[0].legalName + other.companies[1].legalName).not.toBe(
      data.companies[0].legalName + data.companies[1].legalName,
    );
  });

  it('keeps the offers already generated when more receiving offers are asked for over the same companies', () => {
    const more = generateNationalData({ ...options, companies: data.companies.length, receiving: 7_000 });
    expect(more.sending).toEqual(data.sending);
    expect(more.receiving.slice(0, 6_000)).toEqual(data.receiving);
    expect(more.receiving).toHaveLength(7_000);
  });

  it('makes the sizes asked for, with one company per five offers by default, every id unique', () => {
    expect(data.sending).toHaveLength(2_000);
    expect(data.receiving).toHaveLength(6_000);
    expect(data.companies).toHaveLength(1_600);
    const ids = [...data.companies, ...data.sending, ...data.receiving].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)),
    ).toBe(true);
  });

  it('covers all 47 prefectures, every JSIC major group and 職業大分類 A–K on both sides', () => {
    const companyById = new Map(data.companies.map((c) => [c.id, c]));
    const allPrefectures = prefectures.map((p) => p.code).sort();
    const occupations = 'ABCDEFGHIJK'.split('');
    const sendingPrefectures = new Set(data.sending.map((o) => companyById.get(o.companyId)?.prefectureCode));
    const workplaces = new Set(data.receiving.map((o) => o.workplacePrefectureCode));
    expect([...sendingPrefectures].sort()).toEqual(allPrefectures);
    expect([...workplaces].sort()).toEqual(allPrefectures);
    const industriesOf = (offers: { companyId: string }[]) =>
      [...new Set(offers.map((o) => companyById.get(o.companyId)?.jsicMajorCode))].sort();
    expect(industriesOf(data.sending)).toEqual(jsicCodes);
    expect(industriesOf(data.receiving)).toEqual(jsicCodes);
    expect([...new Set(data.sending.map((o) => o.occupationCode))].sort()).toEqual(occupations);
    expect([...new Set(data.receiving.map((o) => o.occupationCode))].sort()).toEqual(occupations);
  });

  it('gives companies valid, unique corporate numbers that start with 98 (the demo data uses 99)', () => {
    const numbers = data.companies.map((c) => c.corporateNumber).filter((n): n is string => n !== null);
    expect(numbers.length).toBeGreaterThan(data.companies.length * 0.9);
    expect(numbers.every(isValidCorporateNumber)).toBe(true);
    expect(numbers.every((n) => n.slice(1, 3) === GENERATED_CORPORATE_NUMBER_PREFIX)).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('leaves every offer open with people, owned by the office of its company’s prefecture', () => {
    const companyById = new Map(data.companies.map((c) => [c.id, c]));
    for (const o of data.sending) {
      expect(o.peopleAvailable).toBeGreaterThanOrEqual(1);
      expect(o.peopleAvailable).toBeLessThanOrEqual(o.peopleCount);
      expect(o.officePrefectureCode).toBe(companyById.get(o.companyId)?.prefectureCode);
    }
    for (const o of data.receiving) {
      expect(o.peopleRemaining).toBe(o.peopleWanted);
      expect(o.acceptsSecondment || o.acceptsTransfer).toBe(true);
      expect(o.officePrefectureCode).toBe(companyById.get(o.companyId)?.prefectureCode);
    }
  });

  it('spreads periods (mostly 3, 6 and 12 months), wages and dates realistically', () => {
    const periods = data.receiving.map((o) => o.periodMonths).filter((p): p is number => p !== null);
    expect(periods.every((p) => p >= 1 && p <= 24)).toBe(true);
    const common = periods.filter((p) => p === 3 || p === 6 || p === 12).length;
    expect(common / periods.length).toBeGreaterThan(0.7);
    const wages = data.sending.map((o) => o.monthlyWage).filter((w): w is number => w !== null);
    expect(Math.min(...wages)).toBeGreaterThanOrEqual(100_000);
    expect(Math.max(...wages)).toBeLessThanOrEqual(800_000);
    expect(data.sending.filter((o) => o.peopleCount > 10).length).toBeGreaterThan(0);
    expect(data.sending.every((o) => o.receivedOn <= options.today && o.receivedOn >= '2026-07-01')).toBe(
      true,
    );
    expect(data.receiving.every((o) => o.startBy === null || o.startBy >= options.today)).toBe(true);
  });

  it('records skills as the offers service does: the dictionary entry for any spelling, implied keys on the sending side', () => {
    const forklift = skills.find((s) => s.name === 'フォークリフト運転技能');
    const heavy = skills.find((s) => s.name === '大型自動車第一種運転免許');
    const ordinary = skills.find((s) => s.name === '普通自動車第一種運転免許');
    const allSkills = data.sending.flatMap((o) => o.skills);
    // The vocabulary says 「フォークリフト運転技能講習」, a synonym: it is stored as the dictionary entry.
    expect(allSkills).toContainEqual({
      skillId: forklift?.id,
      label: forklift?.name,
      key: forklift?.matchKey,
    });
    const drivers = data.sending.filter((o) => o.skills.some((s) => s.key === heavy?.matchKey));
    expect(drivers.length).toBeGreaterThan(0);
    for (const o of drivers) expect(o.skillKeys).toContain(ordinary?.matchKey);
    for (const o of data.sending)
      expect(o.skillKeys).toEqual(expect.arrayContaining(o.skills.map((s) => s.key)));
    for (const o of data.receiving) {
      expect(o.requiredSkillKeys).toEqual(o.requiredSkills.map((s) => s.key));
      expect(o.preferredSkills.some((s) => o.requiredSkillKeys.includes(s.key))).toBe(false);
    }
  });

  it('writes Japanese titles, duties and reasons from the occupation’s vocabulary', () => {
    const welder = data.sending.find((o) => o.jobTitle === '溶接工');
    expect(welder?.occupationCode).toBe('H');
    const drivers = data.receiving.filter((o) => o.jobTitle.startsWith('大型トラック運転手'));
    expect(drivers.length).toBeGreaterThan(0);
    expect(drivers.every((o) => o.occupationCode === 'I')).toBe(true);
    expect(data.receiving.every((o) => /など。$/.test(o.duties))).toBe(true);
    expect(data.sending.every((o) => o.reasonDetail.length > 10)).toBe(true);
  });
});
