// Every table has one owning domain, the only one that writes it; other domains may read it only where listed
// here. Checked against the migrations, the entities and the SQL in the product code, so a new cross-domain read or
// any cross-domain write fails here until it is decided (and a write goes through the owner's service instead).
import { DOMAIN_LIBS, filesUnder, isTestFile, read } from './source-tree';

type Domain = (typeof DOMAIN_LIBS)[number] | 'jobs';

/** Owner and permitted readers of every table. */
const TABLES: Record<string, { owner: Domain; readers?: Domain[] }> = {
  users: { owner: 'identity', readers: ['partners', 'referrals', 'cases', 'talent-bank'] },
  user_sessions: { owner: 'identity' },

  companies: {
    owner: 'organisations',
    readers: ['offers', 'matching', 'cases', 'referrals', 'talent-bank', 'jobcard'],
  },
  offices: {
    owner: 'organisations',
    readers: [
      'identity',
      'offers',
      'matching',
      'cases',
      'partners',
      'referrals',
      'statistics',
      'talent-bank',
    ],
  },
  prefectures: { owner: 'organisations', readers: ['offers', 'matching', 'partners', 'talent-bank'] },
  jsic_major_groups: { owner: 'organisations', readers: ['matching', 'statistics'] },

  sending_offers: { owner: 'offers', readers: ['matching', 'cases', 'referrals', 'statistics', 'jobcard'] },
  receiving_offers: {
    owner: 'offers',
    readers: ['matching', 'cases', 'referrals', 'statistics', 'talent-bank', 'jobcard'],
  },
  skills: { owner: 'offers', readers: ['matching'] },
  occupation_major_groups: { owner: 'offers', readers: ['matching', 'talent-bank'] },

  match_decisions: { owner: 'matching', readers: ['cases'] },
  matching_settings: { owner: 'matching' },
  assignment_runs: { owner: 'matching' },
  assignment_proposals: { owner: 'matching' },

  notifications: { owner: 'notifications' },

  cases: { owner: 'cases', readers: ['referrals', 'jobcard'] },
  case_tasks: { owner: 'cases' },
  case_history: { owner: 'cases' },
  case_establishments: { owner: 'cases', readers: ['statistics'] },
  case_follow_ups: { owner: 'cases', readers: ['jobcard'] },
  case_follow_up_settings: { owner: 'cases' },

  partner_institutions: { owner: 'partners', readers: ['referrals'] },
  partner_branches: { owner: 'partners', readers: ['referrals'] },
  partner_agreements: { owner: 'partners' },
  partner_contacts: { owner: 'partners' },

  referrals: { owner: 'referrals' },
  referral_events: { owner: 'referrals' },
  referral_notes: { owner: 'referrals' },
  referral_duplicates: { owner: 'referrals' },
  referral_imports: { owner: 'referrals' },
  referral_seen_markers: { owner: 'referrals' },

  statistics_changes: { owner: 'statistics' },
  statistics_establishment_rollups: { owner: 'statistics' },
  statistics_offer_rollups: { owner: 'statistics' },
  statistics_month_rollups: { owner: 'statistics' },
  statistics_month_closings: { owner: 'statistics' },
  statistics_published_years: { owner: 'statistics' },
  statistics_published_months: { owner: 'statistics' },
  statistics_published_industries: { owner: 'statistics' },
  statistics_published_cross_industry: { owner: 'statistics' },

  talent_bank_registrants: { owner: 'talent-bank', readers: ['jobcard'] },
  talent_bank_consent_purposes: { owner: 'talent-bank' },
  talent_bank_access_log: { owner: 'talent-bank' },
  talent_bank_reemployments: { owner: 'talent-bank' },
  talent_bank_support_requests: { owner: 'talent-bank' },
  senior_openings: { owner: 'talent-bank' },

  job_leases: { owner: 'jobs' },

  jobcard_training_plans: { owner: 'jobcard' },
  jobcard_evaluation_sheets: { owner: 'jobcard' },
  jobcard_subsidy_estimates: { owner: 'jobcard' },
  jobcard_retry_notes: { owner: 'jobcard' },
  jobcard_access_log: { owner: 'jobcard' },
};

const SOURCES: { domain: Domain; dir: string }[] = [
  ...DOMAIN_LIBS.map((domain) => ({ domain, dir: `libs/${domain}/src` })),
  { domain: 'jobs' as const, dir: 'libs/shared/jobs/src' },
];

/**
 * The product's TypeScript of each domain: no tests, and no demo seeds (they build one scene across every domain on
 * purpose, once, before anyone signs in).
 */
const productFiles = SOURCES.flatMap(({ domain, dir }) =>
  filesUnder(dir)
    .filter((path) => path.endsWith('.ts') && !isTestFile(path) && !path.includes('/seed/'))
    .map((path) => ({ domain, path, text: read(path) })),
);

function migrationTables(): Set<string> {
  const tables = new Set<string>();
  for (const path of filesUnder('prisma/migrations').filter((p) => p.endsWith('/up.sql'))) {
    const sql = read(path);
    for (const m of sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/gi)) tables.add(m[1]);
    for (const m of sql.matchAll(/DROP TABLE (?:IF EXISTS )?"?([a-z_]+)"?/gi)) tables.delete(m[1]);
  }
  return tables;
}

/** Entity class name → its table, from `@Entity({ name })`. */
const entityTables = new Map<string, { table: string; domain: Domain; path: string }>();
for (const { domain, path, text } of productFiles) {
  for (const m of text.matchAll(/@Entity\(\{\s*name:\s*'([a-z_]+)'[\s\S]*?export class (\w+)/g)) {
    entityTables.set(m[2], { table: m[1], domain, path });
  }
}

type Access = { domain: Domain; path: string; table: string; how: string };

function sqlAccesses(kind: 'read' | 'write'): Access[] {
  const pattern =
    kind === 'write'
      ? /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE)\s+"?([a-z_]+)"?/gi
      : /\b(FROM|JOIN)\s+"?([a-z_]+)"?/gi;
  return productFiles.flatMap(({ domain, path, text }) =>
    [...text.matchAll(pattern)]
      .filter((m) => m[2] in TABLES)
      .map((m) => ({ domain, path, table: m[2], how: m[1].toUpperCase() })),
  );
}

function entityAccesses(kind: 'read' | 'write'): Access[] {
  const pattern =
    kind === 'write'
      ? /\.(save|insert|update|upsert|delete|softDelete|increment|decrement)\(\s*(\w+Entity)\b/g
      : /\b(InjectRepository|getRepository|forFeature\(\[[^\]]*?|find|findOne|findOneBy|findBy|count|exists)\(?\s*(\w+Entity)\b/g;
  return productFiles.flatMap(({ domain, path, text }) =>
    [...text.matchAll(pattern)]
      .filter((m) => entityTables.has(m[2]))
      .map((m) => ({
        domain,
        path,
        table: entityTables.get(m[2])!.table,
        how: `${m[1].split('(')[0]}(${m[2]})`,
      })),
  );
}

const describeAccess = (a: Access) => `${a.domain}: ${a.how} ${a.table} in ${a.path}`;

describe('table ownership', () => {
  it('lists every table the migrations create, and no other', () => {
    expect(Object.keys(TABLES).sort()).toEqual([...migrationTables()].sort());
  });

  it("declares each table's entity in its owner's library", () => {
    const misplaced = [...entityTables.values()]
      .filter(({ table, domain }) => TABLES[table] && TABLES[table].owner !== domain)
      .map(
        ({ table, domain, path }) =>
          `${table} (owner ${TABLES[table].owner}) declared by ${domain} in ${path}`,
      );
    expect(misplaced).toEqual([]);
    expect(entityTables.size).toBeGreaterThan(30);
  });

  it("lets only a table's owner write it, in SQL or through an entity", () => {
    const writes = [...sqlAccesses('write'), ...entityAccesses('write')];
    expect(writes.length).toBeGreaterThan(50);
    expect(writes.filter((a) => TABLES[a.table].owner !== a.domain).map(describeAccess)).toEqual([]);
  });

  it('lets other domains read a table only where listed', () => {
    const reads = [...sqlAccesses('read'), ...entityAccesses('read')];
    expect(reads.length).toBeGreaterThan(100);
    const unlisted = reads.filter(
      (a) => TABLES[a.table].owner !== a.domain && !(TABLES[a.table].readers ?? []).includes(a.domain),
    );
    expect([...new Set(unlisted.map(describeAccess))]).toEqual([]);
  });

  it('lists no reader that never reads, so the table stays a true picture', () => {
    const reads = [...sqlAccesses('read'), ...entityAccesses('read')];
    const unused = Object.entries(TABLES).flatMap(([table, { readers = [] }]) =>
      readers
        .filter((d) => !reads.some((a) => a.table === table && a.domain === d))
        .map((d) => `${d} → ${table}`),
    );
    expect(unused).toEqual([]);
  });
});
