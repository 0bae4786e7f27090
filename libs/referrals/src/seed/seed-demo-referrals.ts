import type { AuthUser, Role } from '@kakehashi/authz';
import { applyDatabaseScope, type DemoClock } from '@kakehashi/database';
import type { OfficeKind } from '@kakehashi/organisations';
import type { DataSource, EntityManager } from 'typeorm';
import { ReferralDuplicateService } from '../duplicates/referral-duplicate.service';
import { ReferralAction } from '../referral-enums';
import { seedDemoReferralImport } from './demo-referrals/demo-referral-import';
import { kShinkinReferrals } from './demo-referrals/k-shinkin-referrals';
import { mBankReferrals } from './demo-referrals/m-bank-referrals';
import { DemoReferralContext, type DemoReferralScenario } from './demo-referrals/demo-referral-scenario';
import { offerKey, replayDemoReferral, type DemoReferralFacts } from './demo-referrals/demo-referral-replay';
import { deliverDemoReferralNotices, type DemoNoticeFacts } from './demo-referrals/demo-referral-notices';
import { flagDemoDuplicates, writeDemoReferral } from './demo-referrals/demo-referral-writer';

/**
 * The demo partners' referrals (M銀行 and K信用金庫, prisma/seed/demo/users.csv): one in every status for each,
 * replayed step by step through the referral flow's rules with dates relative to the day they are loaded, then
 * stored with their history, what duplicate detection found at submission (one of K's is M's company) and the
 * notifications of each move. The converted ones are linked to demo office offers whose demo cases are under way or
 * established. A referral whose fixed id exists is skipped, so it can run on every start; all or nothing. Needs the
 * demo users, the office offers and the demo cases first. Then M銀行's bulk upload refused for its bad rows
 * (demo-referral-import.ts). Returns how many referrals and imports were inserted.
 */
export async function seedDemoReferrals(
  dataSource: DataSource,
  clock: DemoClock,
): Promise<{ referrals: number; referralImports: number }> {
  const referrals = await seedReferrals(dataSource, clock);
  // After the referrals' transaction: the import job opens its own (one connection on the embedded default).
  const referralImports = await seedDemoReferralImport(dataSource);
  return { referrals, referralImports };
}

async function seedReferrals(dataSource: DataSource, clock: DemoClock): Promise<number> {
  const context = new DemoReferralContext(clock);
  const scenarios = [...mBankReferrals(context), ...kShinkinReferrals(context)].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  );
  const duplicates = new ReferralDuplicateService();
  return dataSource.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kakehashi.seedDemoReferrals'))`);
    // The Center's scope: the policies let it write every partner's rows (the owner is not bound by them anyway).
    await applyDatabaseScope(tx, { kind: 'center' });
    const facts = await loadFacts(tx, scenarios);
    const notices = await noticeFacts(tx, facts, clock);
    const existing = await existingIds(tx, scenarios);
    let inserted = 0;
    // In the order they were written: a referral's duplicates are the ones submitted before it.
    for (const scenario of scenarios) {
      if (existing.has(scenario.id)) continue;
      const rows = replayDemoReferral(scenario, facts, clock);
      await writeDemoReferral(tx, rows);
      const found = await flagDemoDuplicates(tx, duplicates, rows.referral);
      await deliverDemoReferralNotices(tx, rows, found.length > 0, notices);
      if (
        scenario.duplicateOf &&
        !existing.has(scenario.duplicateOf) &&
        !found.some((m) => m.duplicateReferralId === scenario.duplicateOf)
      ) {
        throw new Error(`demo referral "${scenario.title}": not found to duplicate ${scenario.duplicateOf}`);
      }
      inserted += 1;
    }
    return inserted;
  });
}

async function noticeFacts(
  tx: EntityManager,
  facts: DemoReferralFacts,
  clock: DemoClock,
): Promise<DemoNoticeFacts> {
  const names = await tx.query<{ id: string; name: string }[]>(
    `SELECT "id", "name" FROM "partner_institutions" UNION ALL SELECT "id", "name" FROM "partner_branches"`,
  );
  return {
    users: [...facts.users.values()],
    partnerNames: new Map(names.map((n) => [n.id, n.name])),
    officeNames: new Map([...facts.offices.values()].map((o) => [o.id, o.nameJa])),
    now: clock.now,
  };
}

async function existingIds(tx: EntityManager, scenarios: DemoReferralScenario[]): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }[]>(`SELECT "id" FROM "referrals" WHERE "id" = ANY($1::uuid[])`, [
    scenarios.map((s) => s.id),
  ]);
  return new Set(rows.map((r) => r.id));
}

/** Users, offices, institutions, and the companies, offers and cases the converted referrals name. */
async function loadFacts(tx: EntityManager, scenarios: DemoReferralScenario[]): Promise<DemoReferralFacts> {
  const users = await tx.query<
    {
      id: string;
      email: string;
      name: string;
      role: Role;
      office_id: string | null;
      partner_institution_id: string | null;
      partner_branch_id: string | null;
    }[]
  >(
    `SELECT "id", "email", "name", "role", "office_id", "partner_institution_id", "partner_branch_id"
       FROM "users" WHERE "is_active"`,
  );
  const offices = await tx.query<{ id: string; code: string; kind: OfficeKind; name_ja: string }[]>(
    `SELECT "id", "code", "kind", "name_ja" FROM "offices"`,
  );
  const institutions = await tx.query<{ id: string; has_hq_step: boolean }[]>(
    `SELECT "id", "has_hq_step" FROM "partner_institutions"`,
  );
  const facts: DemoReferralFacts = {
    users: new Map(users.map((u) => [u.email, authUser(u)])),
    offices: new Map(offices.map((o) => [o.code, { id: o.id, kind: o.kind, nameJa: o.name_ja }])),
    hasHqStep: new Map(institutions.map((i) => [i.id, i.has_hq_step])),
    companies: new Map(),
    offers: new Map(),
    cases: new Map(),
  };
  for (const step of scenarios.flatMap((s) => s.steps)) {
    if (step.action !== ReferralAction.CONVERTED) continue;
    for (const [table, ref] of [
      ['sending_offers', step.sending],
      ['receiving_offers', step.receiving],
    ] as const) {
      if (ref) await loadOffer(tx, facts, table, ref);
    }
  }
  return facts;
}

async function loadOffer(
  tx: EntityManager,
  facts: DemoReferralFacts,
  table: 'sending_offers' | 'receiving_offers',
  ref: { corporateNumber: string; jobTitle: string },
): Promise<void> {
  // The newest offer of the company with the job title (the demo office's offers are loaded once).
  const [offer] = await tx.query<{ id: string; company_id: string }[]>(
    `SELECT o."id", o."company_id" FROM "${table}" o JOIN "companies" c ON c."id" = o."company_id"
      WHERE c."corporate_number" = $1 AND o."job_title" = $2
      ORDER BY o."received_on" DESC, o."id" LIMIT 1`,
    [ref.corporateNumber, ref.jobTitle],
  );
  if (!offer) return;
  facts.companies.set(ref.corporateNumber, offer.company_id);
  facts.offers.set(offerKey(table, ref), { id: offer.id, companyId: offer.company_id });
  const column = table === 'sending_offers' ? 'sending_offer_id' : 'receiving_offer_id';
  const [made] = await tx.query<
    { id: string; number: number; established_on: string | null; ended_on: string | null }[]
  >(
    `SELECT "id", "number", "established_on"::text AS "established_on", "ended_on"::text AS "ended_on"
       FROM "cases" WHERE "${column}" = $1 ORDER BY "created_at" LIMIT 1`,
    [offer.id],
  );
  if (made)
    facts.cases.set(offer.id, {
      id: made.id,
      number: made.number,
      establishedOn: made.established_on,
      endedOn: made.ended_on,
    });
}

function authUser(u: {
  id: string;
  email: string;
  name: string;
  role: Role;
  office_id: string | null;
  partner_institution_id: string | null;
  partner_branch_id: string | null;
}): AuthUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    officeId: u.office_id,
    partnerInstitutionId: u.partner_institution_id,
    partnerBranchId: u.partner_branch_id,
  };
}
