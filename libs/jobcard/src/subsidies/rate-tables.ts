// The subsidy amounts as dated data (spec §6.3 [proposal]): a revision of the amounts is a new table, not new code.
// Amounts in yen, hours in whole hours.

export type CompanySize = 'SME' | 'LARGE';

export type ConversionKind = 'FIXED_TO_REGULAR' | 'FIXED_TO_INDEFINITE' | 'INDEFINITE_TO_REGULAR';

/** One amount per company size, without and with the productivity uplift (生産性の向上が認められる場合). */
export interface RatesBySize {
  readonly SME: number;
  readonly SME_UPLIFT: number;
  readonly LARGE: number;
  readonly LARGE_UPLIFT: number;
}

/** Off-JT cost subsidy per person by Off-JT hours: under 100 h, 100–199 h, 200 h or more. */
export type CostBrackets = readonly [under100: number, from100to199: number, from200: number];

export interface DispatchAddition {
  /** Per dispatched worker the client hires directly as a regular worker; the same for large companies. */
  readonly yenPerPerson: number;
  /** Conversions on these days (both included). */
  readonly from: string;
  readonly until: string;
  readonly source: string;
}

export interface SubsidyRateTable {
  readonly id: string;
  /** The first day the table applies (YYYY-MM-DD); the latest table with validFrom ≤ the day is in force. */
  readonly validFrom: string;
  readonly schemeNames: { readonly training: string; readonly conversion: string };
  /** The seed lines the amounts are read from, e.g. `S003:28–40`. */
  readonly source: string;
  /** Whether the source prints amounts for the productivity uplift; when not, the *_UPLIFT amounts equal the base. */
  readonly printsUpliftAmounts: boolean;
  readonly offJtWagePerHour: RatesBySize;
  /** The productivity uplift does not change them (no <> amounts are printed for the cost subsidy, S003:32). */
  readonly offJtCostBrackets: { readonly SME: CostBrackets; readonly LARGE: CostBrackets };
  readonly ojtPerHour: RatesBySize;
  /** Per person per training course (S001:265, 267; S003:8). */
  readonly caps: { readonly offJtWageHours: number; readonly ojtHours: number };
  /** Per person converted; null where the table has no amount for that kind of conversion. */
  readonly conversion: { readonly [kind in ConversionKind]: RatesBySize | null };
  /** 支給申請上限人数 per establishment per fiscal year, all kinds together; null where the table states none. */
  readonly conversionCapPerEstablishmentPerFiscalYear: number | null;
  readonly dispatchAddition: DispatchAddition | null;
  /** The cost subsidy is increased after conversion to regular employment, with no amount printed (S003:32). */
  readonly offJtCostIncreasesAfterConversion: boolean;
}

/** A table that prints no uplift amounts: the uplift columns repeat the base ones (there was no uplift to apply). */
function withoutUplift(sme: number, large: number): RatesBySize {
  return { SME: sme, SME_UPLIFT: sme, LARGE: large, LARGE_UPLIFT: large };
}

/**
 * Seed 001's table (S001:252–279), the former キャリアアップ助成金. Its footnote dates the conversion amounts to
 * conversions until 2016-03-31 (S001:276); it states no first day, so the table starts on the earliest day it names,
 * 2015-04-10, the start of its dispatch addition (S001:277). Before that no seed gives amounts.
 */
export const RATE_TABLE_S001_2015: SubsidyRateTable = {
  id: 'S001-2015',
  validFrom: '2015-04-10',
  schemeNames: {
    training: 'キャリアアップ助成金（人材育成コース）',
    conversion: 'キャリアアップ助成金（正規雇用等転換コース）',
  },
  source: 'S001:252–279',
  printsUpliftAmounts: false,
  offJtWagePerHour: withoutUplift(800, 500),
  offJtCostBrackets: { SME: [100_000, 200_000, 300_000], LARGE: [70_000, 150_000, 200_000] },
  ojtPerHour: withoutUplift(800, 700),
  caps: { offJtWageHours: 1200, ojtHours: 680 },
  conversion: {
    FIXED_TO_REGULAR: withoutUplift(500_000, 400_000),
    // Seed 001 has no 有期→無期 conversion (S001:272–273 list ① 有期→正規 and ② 無期→正規 only).
    FIXED_TO_INDEFINITE: null,
    INDEFINITE_TO_REGULAR: withoutUplift(300_000, 250_000),
  },
  conversionCapPerEstablishmentPerFiscalYear: null,
  dispatchAddition: { yenPerPerson: 300_000, from: '2015-04-10', until: '2016-03-31', source: 'S001:277' },
  offJtCostIncreasesAfterConversion: false,
};

/**
 * Seed 003's table (S003:28–40), the amounts the platform uses (spec §6.3 [adopted]). The page is not dated; it is
 * taken to follow seed 001's table, whose amounts end with conversions on 2016-03-31.
 */
export const RATE_TABLE_S003: SubsidyRateTable = {
  id: 'S003',
  validFrom: '2016-04-01',
  schemeNames: {
    training: '人材開発支援助成金 特別育成訓練コース',
    conversion: 'キャリアアップ助成金 正社員化コース',
  },
  source: 'S003:28–40',
  printsUpliftAmounts: true,
  offJtWagePerHour: { SME: 760, SME_UPLIFT: 960, LARGE: 475, LARGE_UPLIFT: 600 },
  offJtCostBrackets: { SME: [100_000, 200_000, 300_000], LARGE: [70_000, 150_000, 200_000] },
  ojtPerHour: { SME: 760, SME_UPLIFT: 960, LARGE: 665, LARGE_UPLIFT: 840 },
  caps: { offJtWageHours: 1200, ojtHours: 680 },
  conversion: {
    FIXED_TO_REGULAR: { SME: 570_000, SME_UPLIFT: 720_000, LARGE: 427_500, LARGE_UPLIFT: 540_000 },
    FIXED_TO_INDEFINITE: { SME: 285_000, SME_UPLIFT: 360_000, LARGE: 213_750, LARGE_UPLIFT: 270_000 },
    INDEFINITE_TO_REGULAR: { SME: 285_000, SME_UPLIFT: 360_000, LARGE: 213_750, LARGE_UPLIFT: 270_000 },
  },
  conversionCapPerEstablishmentPerFiscalYear: 20,
  dispatchAddition: null,
  offJtCostIncreasesAfterConversion: true,
};

export const SUBSIDY_RATE_TABLES: readonly SubsidyRateTable[] = [RATE_TABLE_S001_2015, RATE_TABLE_S003];

/** The table in force on a day (YYYY-MM-DD): the latest with validFrom ≤ day; null before the first. */
export function rateTableOn(
  day: string,
  tables: readonly SubsidyRateTable[] = SUBSIDY_RATE_TABLES,
): SubsidyRateTable | null {
  let inForce: SubsidyRateTable | null = null;
  for (const table of tables) {
    if (table.validFrom <= day && (!inForce || table.validFrom > inForce.validFrom)) inForce = table;
  }
  return inForce;
}

/** The amount for a size with or without the uplift. */
export function rateFor(rates: RatesBySize, size: CompanySize, productivityUplift: boolean): number {
  if (size === 'SME') return productivityUplift ? rates.SME_UPLIFT : rates.SME;
  return productivityUplift ? rates.LARGE_UPLIFT : rates.LARGE;
}
