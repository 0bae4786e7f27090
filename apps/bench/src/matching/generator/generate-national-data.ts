// Deterministic, realistic national data for the matching benchmark: companies, sending offers and receiving offers
// across all prefectures, industries and occupations. The same options give byte-identical data, so two runs
// measure the same work. Plain data only: loading it into PostgreSQL is bulk-load.ts's job.
import type { OfferSkill } from '@kakehashi/offers';
import { companyNameSearchKey, corporateNumberCheckDigit, skillLabel, skillMatchKey } from '@kakehashi/text';
import { companyName } from './company-names';
import {
  COMPANY_JSIC_WEIGHTS,
  OCCUPATIONS_BY_JSIC,
  PREFECTURES,
  RECEIVING_JSIC_WEIGHTS,
  SENDING_JSIC_WEIGHTS,
} from './national-statistics';
import { OCCUPATIONS, type Occupation, type Role } from './occupation-vocabulary';
import {
  duties as dutiesText,
  receivingNote,
  sendingNote,
  sendingReasonDetail,
  WORKING_HOURS,
  type Reason,
} from './offer-texts';
import { Random, WeightedTable, type Weighted } from './random';

export interface SkillDictionaryEntry {
  id: string;
  name: string;
  matchKey: string;
  /** skillMatchKey of the name, the reading and every synonym: any of them resolves to this entry. */
  aliasKeys: readonly string[];
  /** Names of the entries this one implies (大型 ⇒ 中型 ⇒ 普通). */
  implies: readonly string[];
}

export interface PrefectureReference {
  code: string;
  name: string;
  region: string;
}

export interface GeneratorOptions {
  seed: number;
  sending: number;
  receiving: number;
  /** Defaults to one company per five offers. */
  companies?: number;
  /** YYYY-MM-DD: dates (received, earliest start, start by) are spread around it. */
  today: string;
  prefectures: readonly PrefectureReference[];
  skills: readonly SkillDictionaryEntry[];
}

export interface GeneratedCompany {
  id: string;
  legalName: string;
  nameSearchKey: string;
  corporateNumber: string | null;
  jsicMajorCode: string;
  prefectureCode: string;
  address: string;
  size: 'SME' | 'LARGE';
  employeeCount: number;
}

export interface GeneratedSendingOffer {
  id: string;
  companyId: string;
  /** The owning office is the regional office of this prefecture (the company's). */
  officePrefectureCode: string;
  receivedOn: string;
  moveType: 'SECONDMENT' | 'TRANSFER' | 'EITHER';
  peopleCount: number;
  peopleAvailable: number;
  reason: Reason;
  reasonDetail: string;
  occupationCode: string;
  jobTitle: string;
  skills: OfferSkill[];
  /** The skills' keys and every key they imply. */
  skillKeys: string[];
  experienceYears: number | null;
  ageBand: string | null;
  monthlyWage: number | null;
  desiredPeriodMonths: number | null;
  acceptablePrefectureCodes: string[];
  earliestStartOn: string | null;
  conditions: string[];
  notes: string | null;
}

export interface GeneratedReceivingOffer {
  id: string;
  companyId: string;
  officePrefectureCode: string;
  receivedOn: string;
  acceptsSecondment: boolean;
  acceptsTransfer: boolean;
  peopleWanted: number;
  peopleRemaining: number;
  occupationCode: string;
  jobTitle: string;
  duties: string;
  requiredSkills: OfferSkill[];
  requiredSkillKeys: string[];
  preferredSkills: OfferSkill[];
  preferredSkillKeys: string[];
  minExperienceYears: number | null;
  periodMonths: number | null;
  monthlyWage: number | null;
  workingHours: string | null;
  shiftPattern: 'DAY' | 'NIGHT' | 'ROTATING' | 'FLEXIBLE' | null;
  workplacePrefectureCode: string;
  workplaceCity: string;
  startBy: string | null;
  conditions: string[];
  notes: string | null;
}

export interface NationalData {
  companies: GeneratedCompany[];
  sending: GeneratedSendingOffer[];
  receiving: GeneratedReceivingOffer[];
}

/** Corporate numbers of generated companies start with 98 (the demo data's with 99), so the two never clash. */
export const GENERATED_CORPORATE_NUMBER_PREFIX = '98';

const PERIODS: Weighted<number> = [
  [3, 25],
  [6, 30],
  [12, 25],
  [1, 2],
  [2, 3],
  [4, 2],
  [9, 3],
  [18, 4],
  [24, 6],
];

const AGE_BANDS: Weighted<{ band: string; wage: number; experience: [number, number] }> = [
  [{ band: 'UNDER_30', wage: 0.8, experience: [0, 8] }, 15],
  [{ band: 'FROM_30_TO_39', wage: 0.95, experience: [3, 18] }, 22],
  [{ band: 'FROM_40_TO_49', wage: 1.05, experience: [5, 28] }, 27],
  [{ band: 'FROM_50_TO_59', wage: 1.1, experience: [10, 38] }, 26],
  [{ band: 'SIXTY_AND_OVER', wage: 0.85, experience: [15, 45] }, 10],
];

const SENDING_CONDITIONS: Weighted<string> = [
  ['TWO_DAYS_OFF', 4],
  ['NO_NIGHT_SHIFT', 3],
  ['CAR_COMMUTE', 3],
  ['HOUSING_PROVIDED', 2],
  ['TRAINING_PROVIDED', 2],
  ['WOMEN_FRIENDLY', 1.5],
  ['LIGHT_PHYSICAL_WORK', 1.5],
  ['SHORT_HOURS', 1],
  ['LICENCE_SUPPORT', 1],
  ['SENIOR_FRIENDLY', 1],
];

const RECEIVING_CONDITION_CHANCES: readonly (readonly [string, number])[] = [
  ['TWO_DAYS_OFF', 0.6],
  ['TRAINING_PROVIDED', 0.4],
  ['CAR_COMMUTE', 0.35],
  ['LICENCE_SUPPORT', 0.2],
  ['WOMEN_FRIENDLY', 0.2],
  ['SENIOR_FRIENDLY', 0.2],
  ['HOUSING_PROVIDED', 0.15],
  ['SHORT_HOURS', 0.08],
];

/** Resolves skill names the way the offers service does (SkillDictionary in @kakehashi/offers). */
class SkillResolver {
  private readonly byAlias = new Map<string, SkillDictionaryEntry>();
  private readonly closures = new Map<string, string[]>();

  constructor(readonly entries: readonly SkillDictionaryEntry[]) {
    for (const entry of entries)
      for (const alias of entry.aliasKeys) if (!this.byAlias.has(alias)) this.byAlias.set(alias, entry);
    for (const entry of entries) this.byAlias.set(entry.matchKey, entry);
  }

  /** The dictionary entry when it knows the name (however spelt), free text otherwise. */
  resolve(name: string): OfferSkill {
    const entry = this.byAlias.get(skillMatchKey(name));
    return entry
      ? { skillId: entry.id, label: entry.name, key: entry.matchKey }
      : { skillId: null, label: skillLabel(name), key: skillMatchKey(name) };
  }

  /** The key and the keys of every entry it implies, transitively (大型 ⇒ 中型 ⇒ 準中型 ⇒ 普通). */
  withImplied(key: string): string[] {
    const cached = this.closures.get(key);
    if (cached) return cached;
    const keys = new Set<string>();
    const visit = (k: string) => {
      if (keys.has(k)) return;
      keys.add(k);
      const entry = this.byAlias.get(k);
      if (entry?.matchKey !== k) return;
      for (const name of entry.implies) {
        const implied = this.byAlias.get(skillMatchKey(name));
        if (implied) visit(implied.matchKey);
      }
    };
    visit(key);
    const closure = [...keys];
    this.closures.set(key, closure);
    return closure;
  }
}

export function generateNationalData(options: GeneratorOptions): NationalData {
  const context = new Context(options);
  const companies = generateCompanies(
    context,
    options.companies ?? Math.ceil((options.sending + options.receiving) / 5),
  );
  const byJsic = new Map<string, GeneratedCompany[]>();
  for (const company of companies) {
    const list = byJsic.get(company.jsicMajorCode) ?? [];
    list.push(company);
    byJsic.set(company.jsicMajorCode, list);
  }
  const random = new Random(options.seed, 'sending');
  const sending = Array.from({ length: options.sending }, () =>
    generateSendingOffer(context, random, pickCompany(random, byJsic, SENDING_JSIC_WEIGHTS)),
  );
  const random2 = new Random(options.seed, 'receiving');
  const receiving = Array.from({ length: options.receiving }, () =>
    generateReceivingOffer(context, random2, pickCompany(random2, byJsic, RECEIVING_JSIC_WEIGHTS)),
  );
  return { companies, sending, receiving };
}

class Context {
  readonly skills: SkillResolver;
  readonly regionOf = new Map<string, string>();
  readonly nameOf = new Map<string, string>();
  readonly prefecturesOfRegion = new Map<string, string[]>();
  readonly citiesOf = new Map<string, readonly string[]>();
  readonly prefectureTable = new WeightedTable(PREFECTURES.map((p) => [p.code, p.population] as const));
  readonly occupations = new Map(OCCUPATIONS.map((o) => [o.code, o]));
  private readonly roleTables = new Map<string, WeightedTable<Role>>();

  constructor(readonly options: GeneratorOptions) {
    this.skills = new SkillResolver(options.skills);
    for (const p of options.prefectures) {
      this.regionOf.set(p.code, p.region);
      this.nameOf.set(p.code, p.name);
      this.prefecturesOfRegion.set(p.region, [...(this.prefecturesOfRegion.get(p.region) ?? []), p.code]);
    }
    for (const p of PREFECTURES) {
      if (!this.nameOf.has(p.code))
        throw new Error(`prefecture ${p.code} is missing from the reference data`);
      this.citiesOf.set(p.code, p.cities);
    }
  }

  /** Roles of an occupation weighted for an industry: typical roles much likelier there. */
  roles(occupation: Occupation, jsicCode: string): WeightedTable<Role> {
    const cacheKey = `${occupation.code}:${jsicCode}`;
    let table = this.roleTables.get(cacheKey);
    if (!table) {
      table = new WeightedTable(
        occupation.roles.map((role) => {
          const factor = !role.industries ? 1 : role.industries.includes(jsicCode) ? 6 : 0.25;
          return [role, role.weight * factor] as const;
        }),
      );
      this.roleTables.set(cacheKey, table);
    }
    return table;
  }

  addDays(days: number): string {
    const date = new Date(`${this.options.today}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  }
}

function generateCompanies(context: Context, count: number): GeneratedCompany[] {
  const random = new Random(context.options.seed, 'companies');
  const jsicTable = new WeightedTable(COMPANY_JSIC_WEIGHTS);
  const companies: GeneratedCompany[] = [];
  for (let i = 0; i < count; i++) {
    const id = random.uuid();
    // The first companies take one industry each, so that even a small run has every JSIC group.
    const jsicMajorCode =
      i < COMPANY_JSIC_WEIGHTS.length ? COMPANY_JSIC_WEIGHTS[i][0] : random.pickFrom(jsicTable);
    const prefectureCode = random.pickFrom(context.prefectureTable);
    const legalName = companyName(random, jsicMajorCode);
    const large = random.chance(0.08);
    const city = random.pick(context.citiesOf.get(prefectureCode) ?? []);
    companies.push({
      id,
      legalName,
      nameSearchKey: companyNameSearchKey(legalName),
      corporateNumber: random.chance(0.97) ? corporateNumber(i + 1) : null,
      jsicMajorCode,
      prefectureCode,
      address: `${context.nameOf.get(prefectureCode)}${city}${random.pick(['本町', '中央', '東', '西', '南', '北', '栄町', '港町'])}${random.int(1, 5)}-${random.int(1, 30)}-${random.int(1, 20)}`,
      size: large ? 'LARGE' : 'SME',
      employeeCount: large
        ? Math.round(Math.exp(random.normal(7, 1, 5.7, 10)))
        : Math.round(Math.exp(random.normal(3.2, 1, 1.1, 5.7))),
    });
  }
  return companies;
}

/** A body of 98 + ten digits spread over the range (i × an odd multiplier not divisible by 5 is a bijection). */
function corporateNumber(sequence: number): string {
  const spread = (sequence * 7_368_787) % 10_000_000_000;
  const body = GENERATED_CORPORATE_NUMBER_PREFIX + String(spread).padStart(10, '0');
  return `${corporateNumberCheckDigit(body)}${body}`;
}

function pickCompany(
  random: Random,
  byJsic: Map<string, GeneratedCompany[]>,
  weights: Weighted<string>,
): GeneratedCompany {
  // Industries with no generated company (tiny sizes) fall back to the weighted draw over those that have one.
  const available = weights.filter(([code]) => (byJsic.get(code)?.length ?? 0) > 0);
  const jsic = random.weighted(available);
  return random.pick(byJsic.get(jsic) as GeneratedCompany[]);
}

function pickOccupationAndRole(context: Context, random: Random, jsicCode: string): [Occupation, Role] {
  const code = random.weighted(OCCUPATIONS_BY_JSIC[jsicCode]);
  const occupation = context.occupations.get(code) as Occupation;
  return [occupation, random.pickFrom(context.roles(occupation, jsicCode))];
}

function generateSendingOffer(
  context: Context,
  random: Random,
  company: GeneratedCompany,
): GeneratedSendingOffer {
  const id = random.uuid();
  const [occupation, role] = pickOccupationAndRole(context, random, company.jsicMajorCode);
  const moveType = random.weighted<GeneratedSendingOffer['moveType']>([
    ['SECONDMENT', 45],
    ['TRANSFER', 30],
    ['EITHER', 25],
  ]);
  const peopleCount = random.weighted([
    [1, 55],
    [2, 18],
    [3, 10],
    [4, 5],
    [5, 5],
    [random.int(6, 10), 5],
    [random.int(11, 20), 2],
  ]);
  const peopleAvailable =
    peopleCount > 1 && random.chance(0.1) ? random.int(1, peopleCount - 1) : peopleCount;
  const reason = random.weighted<Reason>([
    ['EMPLOYMENT_ADJUSTMENT', 45],
    ['RESTRUCTURING', 15],
    ['COST_REDUCTION', 15],
    ['SKILLS_DEVELOPMENT', 15],
    ['OTHER', 10],
  ]);
  const names = new Set<string>();
  for (const [name, share] of role.skills) if (random.chance(share)) names.add(name);
  if (context.skills.entries.length > 0 && random.chance(0.08))
    names.add(random.pick(context.skills.entries).name);
  const skills = dedupeByKey([...names].map((name) => context.skills.resolve(name)));
  const skillKeys = [...new Set(skills.flatMap((s) => context.skills.withImplied(s.key)))];
  const age = random.weighted(AGE_BANDS);
  const experience = random.chance(0.9) ? random.int(age.experience[0], age.experience[1]) : null;
  const wage = random.chance(0.95)
    ? roundWage(occupation.wage * age.wage * random.normal(1, 0.12, 0.7, 1.4))
    : null;
  const conditionCount = random.weighted([
    [0, 40],
    [1, 40],
    [2, 20],
  ]);
  const conditions = new Set<string>();
  while (conditions.size < conditionCount) conditions.add(random.weighted(SENDING_CONDITIONS));
  if (age.band === 'SIXTY_AND_OVER' && random.chance(0.5)) conditions.add('SENIOR_FRIENDLY');
  return {
    id,
    companyId: company.id,
    officePrefectureCode: company.prefectureCode,
    receivedOn: context.addDays(-random.int(0, 120)),
    moveType,
    peopleCount,
    peopleAvailable,
    reason,
    reasonDetail: sendingReasonDetail(random, reason, company.jsicMajorCode),
    occupationCode: occupation.code,
    jobTitle: random.pick(role.titles),
    skills,
    skillKeys,
    experienceYears: experience,
    ageBand: age.band,
    monthlyWage: wage,
    desiredPeriodMonths: moveType !== 'TRANSFER' && random.chance(0.9) ? random.weighted(PERIODS) : null,
    acceptablePrefectureCodes: acceptablePrefectures(context, random, company.prefectureCode),
    earliestStartOn: random.chance(0.85) ? context.addDays(random.int(-14, 90)) : null,
    conditions: [...conditions].sort(),
    notes: sendingNote(random),
  };
}

function acceptablePrefectures(context: Context, random: Random, home: string): string[] {
  const region = context.prefecturesOfRegion.get(context.regionOf.get(home) ?? '') ?? [home];
  const u = random.float();
  if (u < 0.25) return [];
  if (u < 0.65) return [home];
  if (u < 0.85) return [...region].sort();
  const others = random.sample(
    region.filter((p) => p !== home),
    random.int(1, 3),
  );
  return [home, ...others].sort();
}

function generateReceivingOffer(
  context: Context,
  random: Random,
  company: GeneratedCompany,
): GeneratedReceivingOffer {
  const id = random.uuid();
  const [occupation, role] = pickOccupationAndRole(context, random, company.jsicMajorCode);
  const accepts = random.weighted([
    [[true, true], 50],
    [[true, false], 30],
    [[false, true], 20],
  ]);
  const peopleWanted = random.weighted([
    [1, 50],
    [2, 22],
    [3, 12],
    [4, 5],
    [5, 6],
    [random.int(6, 10), 5],
  ]);
  // Required: the role's defining licences (held by at least half its people); preferred: the rest, sometimes.
  const required = new Set<string>();
  const preferred = new Set<string>();
  for (const [name, share] of role.skills) {
    if (share >= 0.5 && required.size < 2 && random.chance(0.6)) required.add(name);
    else if (random.chance(Math.min(0.6, share * 0.8)) && preferred.size < 3) preferred.add(name);
  }
  if (random.chance(0.06)) required.add('普通自動車第一種運転免許');
  const requiredSkills = dedupeByKey([...required].map((name) => context.skills.resolve(name)));
  const requiredKeys = new Set(requiredSkills.map((s) => s.key));
  const preferredSkills = dedupeByKey([...preferred].map((name) => context.skills.resolve(name))).filter(
    (s) => !requiredKeys.has(s.key),
  );
  const shiftPattern = random.chance(0.9) ? random.weighted(occupation.shifts) : null;
  const conditions = RECEIVING_CONDITION_CHANCES.filter(([, chance]) => random.chance(chance)).map(
    ([c]) => c,
  );
  if ((shiftPattern === 'DAY' || shiftPattern === null) && random.chance(0.5))
    conditions.push('NO_NIGHT_SHIFT');
  if ('CDB'.includes(occupation.code) && random.chance(0.3)) conditions.push('LIGHT_PHYSICAL_WORK');
  const workplace = workplacePrefecture(context, random, company.prefectureCode);
  return {
    id,
    companyId: company.id,
    officePrefectureCode: company.prefectureCode,
    receivedOn: context.addDays(-random.int(0, 120)),
    acceptsSecondment: accepts[0],
    acceptsTransfer: accepts[1],
    peopleWanted,
    peopleRemaining: peopleWanted,
    occupationCode: occupation.code,
    jobTitle:
      random.pick(role.titles) +
      (random.chance(0.15) ? random.pick(['（未経験可）', '（経験者）', '（急募）']) : ''),
    duties: dutiesText(random, role.duties),
    requiredSkills,
    requiredSkillKeys: [...requiredKeys],
    preferredSkills,
    preferredSkillKeys: preferredSkills.map((s) => s.key),
    minExperienceYears: random.chance(0.55)
      ? random.weighted([
          [0, 10],
          [1, 15],
          [2, 10],
          [3, 25],
          [5, 20],
          [10, 5],
        ])
      : null,
    periodMonths: accepts[0] && random.chance(0.9) ? random.weighted(PERIODS) : null,
    monthlyWage: random.chance(0.92)
      ? roundWage(occupation.wage * random.normal(0.97, 0.12, 0.7, 1.4))
      : null,
    workingHours: shiftPattern ? random.pick(WORKING_HOURS[shiftPattern]) : null,
    shiftPattern,
    workplacePrefectureCode: workplace,
    workplaceCity: random.pick(context.citiesOf.get(workplace) ?? []),
    startBy: random.chance(0.85) ? context.addDays(random.int(0, 150)) : null,
    conditions: [...new Set(conditions)].sort(),
    notes: receivingNote(random),
  };
}

/** Mostly the company's own prefecture; sometimes a branch elsewhere in the region or the country. */
function workplacePrefecture(context: Context, random: Random, home: string): string {
  const u = random.float();
  if (u < 0.88) return home;
  if (u < 0.97)
    return random.pick(context.prefecturesOfRegion.get(context.regionOf.get(home) ?? '') ?? [home]);
  return random.pickFrom(context.prefectureTable);
}

function roundWage(yen: number): number {
  return Math.round(yen / 1000) * 1000;
}

function dedupeByKey(skills: OfferSkill[]): OfferSkill[] {
  const seen = new Set<string>();
  return skills.filter((s) => (seen.has(s.key) ? false : (seen.add(s.key), true)));
}
