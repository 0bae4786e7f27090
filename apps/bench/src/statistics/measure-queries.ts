// Every dashboard query through the API over HTTP as an executive (one at a time, timed in the client), beside the
// same statistics computed in the API's process from the rollups and straight from the raw tables ({ fromRaw: true },
// the baseline). Arguments vary per call: fiscal years, the whole country, one office or a region, a move type.
import { Role, type AuthUser } from '@kakehashi/authz';
import { MoveType } from '@kakehashi/offers';
import {
  AnnualStatisticsService,
  IndustryFlowsService,
  MonthlyStatisticsService,
} from '@kakehashi/statistics';
import type { INestApplication } from '@nestjs/common';
import { Random } from '../matching/generator/random';
import type { GraphqlClient } from '../matching/support/graphql';
import { msSince, summarise, type LatencySummary } from '../matching/support/stats';

export interface ScopeChoice {
  officeId: string | null;
  region: string | null;
}

export interface QueryArgs {
  fiscalYear: number;
  fromFiscalYear: number;
  toFiscalYear: number;
  moveType: MoveType | null;
  scope: ScopeChoice;
  asOf: string;
}

export interface QueryLatency {
  name: string;
  /** What the request asks for, in words. */
  description: string;
  api: LatencySummary;
  /** The same service call in the API's process, from the rollups (no HTTP, no GraphQL). */
  inProcess: LatencySummary | null;
  /** The same service call computed from the raw tables: the baseline. */
  raw: LatencySummary | null;
  /** Why there is no baseline, when there is none. */
  note: string | null;
  /** Calls whose rollup and raw results differed (must be 0). */
  mismatches: number;
  compared: number;
}

const SCOPE_FIELDS = 'scope { kind label officeCode region }';
const MONTH_FIELDS =
  'yearMonth label eraLabel source preliminary closed receiving sending established establishedSecondment establishedTransfer establishedTotal unavailableReason note';
const YEAR_FIELDS =
  'fiscalYear label eraLabel source monthsCovered preliminary receiving sending established establishedSecondment establishedTransfer establishedTotal notes';

const MONTHLY = `
  monthlyStatistics(fiscalYear: $fiscalYear, moveType: $moveType, officeId: $officeId, region: $region) {
    fiscalYear label eraLabel liveFrom ${SCOPE_FIELDS}
    months { ${MONTH_FIELDS} previousYear { ${MONTH_FIELDS} } }
    total { ${YEAR_FIELDS} }
  }`;
const ANNUAL = `
  annualStatistics(fromFiscalYear: $fromFiscalYear, toFiscalYear: $toFiscalYear, moveType: $moveType,
                   officeId: $officeId, region: $region) {
    liveFrom ${SCOPE_FIELDS} years { ${YEAR_FIELDS} }
  }`;
const FLOWS = `
  industryFlows(from: $from, to: $to, moveType: $moveType, officeId: $officeId, region: $region) {
    from to label source preliminary totalPeople crossIndustryPeople crossIndustryShare ${SCOPE_FIELDS}
    matrix { sendingJsicCode sendingIndustryJa receivingJsicCode receivingIndustryJa people }
    topSendingIndustries { rank jsicCode industryJa people }
    topReceivingIndustries { rank jsicCode industryJa people }
  }`;
const AGREEMENTS = `partnerAgreementCounts(asOf: $asOf) { asOf total byType { type typeLabel count } }`;
const OUTCOMES = `talentBankOutcomes(fiscalYear: $fiscalYear) {
    fiscalYear total byMonth { month count } byOccupation { occupationCode occupationName count }
    byEmploymentType { employmentType label count } }`;

const FILTER_VARS = '$moveType: MoveType, $officeId: ID, $region: String';

interface QuerySpec {
  name: string;
  description: string;
  document: string;
  variables: (a: QueryArgs) => Record<string, unknown>;
  /** Why there is no baseline (no rollup behind the query). */
  note?: string;
  /** The service call (rollups or raw), when the figures come from the statistics rollups. */
  service?: (app: INestApplication, user: AuthUser, a: QueryArgs, fromRaw: boolean) => Promise<unknown>;
}

const filters = (a: QueryArgs) => ({
  moveType: a.moveType,
  officeId: a.scope.officeId,
  region: a.scope.region,
});
const flowsPeriod = (a: QueryArgs) => ({ from: `FY${a.fiscalYear}`, to: `FY${a.fiscalYear}` });

export const QUERIES: QuerySpec[] = [
  {
    name: 'monthlyStatistics',
    description: '12 months + the same months a year earlier + the year total',
    document: `query ($fiscalYear: Int!, ${FILTER_VARS}) { ${MONTHLY} }`,
    variables: (a) => ({ fiscalYear: a.fiscalYear, ...filters(a) }),
    service: (app, user, a, fromRaw) =>
      app
        .get(MonthlyStatisticsService)
        .monthly(user, { fiscalYear: a.fiscalYear, ...filters(a) }, { fromRaw }),
  },
  {
    name: 'annualStatistics',
    description: 'every fiscal year of the data (11 rows)',
    document: `query ($fromFiscalYear: Int!, $toFiscalYear: Int!, ${FILTER_VARS}) { ${ANNUAL} }`,
    variables: (a) => ({ fromFiscalYear: a.fromFiscalYear, toFiscalYear: a.toFiscalYear, ...filters(a) }),
    service: (app, user, a, fromRaw) =>
      app
        .get(AnnualStatisticsService)
        .annual(
          user,
          { fromFiscalYear: a.fromFiscalYear, toFiscalYear: a.toFiscalYear, ...filters(a) },
          { fromRaw },
        ),
  },
  {
    name: 'industryFlows',
    description: 'one fiscal year: JSIC matrix, both rankings, cross-industry share',
    document: `query ($from: String!, $to: String!, ${FILTER_VARS}) { ${FLOWS} }`,
    variables: (a) => ({ ...flowsPeriod(a), ...filters(a) }),
    service: (app, user, a, fromRaw) =>
      app.get(IndustryFlowsService).flows(user, { ...flowsPeriod(a), ...filters(a) }, { fromRaw }),
  },
  {
    name: 'partnerAgreementCounts',
    description: 'agreements in force on a day',
    note: 'no rollup: counts its own small table (about 100 agreements)',
    document: `query ($asOf: String!) { ${AGREEMENTS} }`,
    variables: (a) => ({ asOf: a.asOf }),
  },
  {
    name: 'talentBankOutcomes',
    description: 're-employments of a fiscal year',
    note: 'no rollup: counts its own table by the re-employment date',
    document: `query ($fiscalYear: Int!) { ${OUTCOMES} }`,
    variables: (a) => ({ fiscalYear: a.fiscalYear }),
  },
  {
    name: 'dashboard (all five in one request)',
    description: 'the five queries above in one GraphQL document',
    note: 'the parts above',
    document: `query ($fiscalYear: Int!, $fromFiscalYear: Int!, $toFiscalYear: Int!, $from: String!, $to: String!,
                      $asOf: String!, ${FILTER_VARS}) {
      ${MONTHLY} ${ANNUAL} ${FLOWS} ${AGREEMENTS} ${OUTCOMES} }`,
    variables: (a) => ({
      fiscalYear: a.fiscalYear,
      fromFiscalYear: a.fromFiscalYear,
      toFiscalYear: a.toFiscalYear,
      ...flowsPeriod(a),
      asOf: a.asOf,
      ...filters(a),
    }),
  },
];

/** Deterministic arguments: half national, 30 % one office, 20 % a region; a move type two times in three. */
export function queryArgs(
  count: number,
  seed: number,
  context: { fiscalYears: number[]; offices: string[]; regions: string[]; today: string },
): QueryArgs[] {
  const random = new Random(seed, 'statistics-queries');
  const { fiscalYears } = context;
  return Array.from({ length: count }, () => {
    const roll = random.float();
    const scope: ScopeChoice =
      roll < 0.5
        ? { officeId: null, region: null }
        : roll < 0.8
          ? { officeId: random.pick(context.offices), region: null }
          : { officeId: null, region: random.pick(context.regions) };
    const fiscalYear = random.pick(fiscalYears);
    const day = `${fiscalYear + 1}-0${random.int(1, 3)}-${String(random.int(1, 28)).padStart(2, '0')}`;
    return {
      fiscalYear,
      fromFiscalYear: fiscalYears[0],
      toFiscalYear: fiscalYears[fiscalYears.length - 1],
      moveType: random.pick([null, MoveType.SECONDMENT, MoveType.TRANSFER]),
      scope,
      asOf: day > context.today ? context.today : day,
    };
  });
}

async function timeAll(args: QueryArgs[], call: (a: QueryArgs) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (const a of args) {
    const start = process.hrtime.bigint();
    await call(a);
    samples.push(msSince(start));
  }
  return samples;
}

export async function measureQueries(options: {
  client: GraphqlClient;
  app: INestApplication;
  args: QueryArgs[];
  /** How many of the arguments the raw baseline runs (it is slow). */
  baselineCount: number;
  warmUp: number;
  log: (line: string) => void;
}): Promise<{ queries: QueryLatency[]; floor: LatencySummary }> {
  const { client, app, args, log } = options;
  // The statistics services read only the role and office of the caller.
  const executive: AuthUser = {
    id: '00000000-0000-4000-8000-00000000e0e0',
    email: 'executive@kakehashi.example',
    name: '統計ベンチ',
    role: Role.EXECUTIVE,
    officeId: null,
    partnerInstitutionId: null,
    partnerBranchId: null,
  };
  const warm = args.slice(0, options.warmUp);
  for (const q of QUERIES) for (const a of warm) await client.request(q.document, q.variables(a));
  const floor = summarise(await timeAll(args, () => client.request('{ me { id } }')));
  const queries: QueryLatency[] = [];
  for (const q of QUERIES) {
    const api = summarise(await timeAll(args, (a) => client.request(q.document, q.variables(a))));
    let inProcess: LatencySummary | null = null;
    let raw: LatencySummary | null = null;
    let mismatches = 0;
    let compared = 0;
    const { service } = q;
    if (service) {
      inProcess = summarise(await timeAll(args, (a) => service(app, executive, a, false)));
      const baselineArgs = args.slice(0, options.baselineCount);
      raw = summarise(await timeAll(baselineArgs, (a) => service(app, executive, a, true)));
      for (const a of baselineArgs) {
        const [fromRollups, fromRaw] = await Promise.all([
          service(app, executive, a, false),
          service(app, executive, a, true),
        ]);
        compared += 1;
        if (JSON.stringify(fromRollups) !== JSON.stringify(fromRaw)) mismatches += 1;
      }
    }
    log(
      `  ${q.name}: API p50 ${api.p50.toFixed(1)} ms, p95 ${api.p95.toFixed(1)} ms` +
        (raw ? `; raw baseline p50 ${raw.p50.toFixed(1)} ms, p95 ${raw.p95.toFixed(1)} ms` : '') +
        (compared ? `; ${mismatches}/${compared} mismatches` : ''),
    );
    queries.push({
      name: q.name,
      description: q.description,
      note: q.note ?? null,
      api,
      inProcess,
      raw,
      mismatches,
      compared,
    });
  }
  return { queries, floor };
}
