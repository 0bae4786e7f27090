import type { AuthUser, Role } from '@kakehashi/authz';
import type { DemoClock } from '@kakehashi/database';
import type { MoveTypeWanted, OfferStatus } from '@kakehashi/offers';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { readFollowUpSettings } from '../follow-ups/follow-up-settings.queries';
import { CaseFactsLoader } from '../cases/services/case-facts.loader';
import { DemoCaseContext, type DemoCaseScenario, type DemoOfferRef } from './demo-cases/demo-case-scenario';
import { replayDemoCase, type DemoOffers } from './demo-cases/demo-case-replay';
import { writeDemoCase } from './demo-cases/demo-case-writer';
import { demoSecondmentCases } from './demo-cases/secondment-cases';
import { demoTransferCases } from './demo-cases/transfer-cases';

/**
 * The demo office's cases (東京事務所, consultant@kakehashi.example): one in every stage of both paths, replayed step by
 * step through the use cases' rules with dates relative to the day they are loaded, then stored with their history,
 * 成立, reminders, follow-ups and notifications. A case whose pair of offers already has a case is skipped, so it can
 * run on every start; all or nothing. Needs the demo users, the office offers and the match decisions first. Returns
 * how many cases were inserted.
 */
export async function seedDemoCases(dataSource: DataSource, clock: DemoClock): Promise<number> {
  return dataSource.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kakehashi.seedDemoCases'))`);
    const settings = await readFollowUpSettings(tx);
    const context = new DemoCaseContext(clock, settings);
    const users = await activeUsers(tx);
    const facts = new CaseFactsLoader();
    let inserted = 0;
    for (const scenario of [...demoSecondmentCases(context), ...demoTransferCases(context)]) {
      const offers = await loadOffers(tx, scenario);
      if (await hasCase(tx, offers)) continue;
      const caseId = randomUUID();
      const pair = { id: caseId, sendingOfferId: offers.sending.id, receivingOfferId: offers.receiving.id };
      const rows = replayDemoCase({
        scenario,
        caseId,
        caseNumber: await nextCaseNumber(tx),
        offers,
        matchDecisionId: scenario.fromDecision ? await takenUpDecision(tx, pair) : null,
        users,
        limits: await facts.limits(tx, pair),
        settings,
        now: clock.now,
      });
      await writeDemoCase(tx, rows);
      inserted += 1;
    }
    return inserted;
  });
}

async function activeUsers(tx: EntityManager): Promise<Map<string, AuthUser>> {
  const rows: { id: string; email: string; name: string; role: Role; office_id: string | null }[] =
    await tx.query(`SELECT "id", "email", "name", "role", "office_id" FROM "users" WHERE "is_active"`);
  return new Map(
    rows.map((u) => [
      u.email,
      {
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role,
        officeId: u.office_id,
        partnerInstitutionId: null,
        partnerBranchId: null,
      },
    ]),
  );
}

async function loadOffers(tx: EntityManager, scenario: DemoCaseScenario): Promise<DemoOffers> {
  const [sending] = await offerRows<{
    id: string;
    company_id: string;
    owning_office_id: string;
    status: OfferStatus;
    move_type: MoveTypeWanted;
    people_available: number;
    received_on: string;
  }>(tx, 'sending_offers', scenario.sending, `o."move_type", o."people_available"`);
  const [receiving] = await offerRows<{
    id: string;
    company_id: string;
    owning_office_id: string;
    status: OfferStatus;
    accepts_secondment: boolean;
    accepts_transfer: boolean;
    people_remaining: number;
    received_on: string;
  }>(
    tx,
    'receiving_offers',
    scenario.receiving,
    `o."accepts_secondment", o."accepts_transfer", o."people_remaining"`,
  );
  if (!sending || !receiving) {
    throw new Error(`demo case "${scenario.title}": offer not found (seed the demo office offers first)`);
  }
  return {
    sending: {
      id: sending.id,
      companyId: sending.company_id,
      owningOfficeId: sending.owning_office_id,
      status: sending.status,
      moveType: sending.move_type,
      peopleAvailable: sending.people_available,
      receivedOn: sending.received_on,
    },
    receiving: {
      id: receiving.id,
      companyId: receiving.company_id,
      owningOfficeId: receiving.owning_office_id,
      status: receiving.status,
      acceptsSecondment: receiving.accepts_secondment,
      acceptsTransfer: receiving.accepts_transfer,
      peopleRemaining: receiving.people_remaining,
      receivedOn: receiving.received_on,
    },
  };
}

/** The newest offer of the company with the job title (the demo office's offers are loaded once). */
function offerRows<T>(
  tx: EntityManager,
  table: 'sending_offers' | 'receiving_offers',
  ref: DemoOfferRef,
  columns: string,
): Promise<T[]> {
  return tx.query(
    `SELECT o."id", o."company_id", o."owning_office_id", o."status", o."received_on"::text AS "received_on", ${columns}
       FROM "${table}" o JOIN "companies" c ON c."id" = o."company_id"
      WHERE c."corporate_number" = $1 AND o."job_title" = $2
      ORDER BY o."received_on" DESC, o."id" LIMIT 1`,
    [ref.corporateNumber, ref.jobTitle],
  );
}

async function hasCase(tx: EntityManager, offers: DemoOffers): Promise<boolean> {
  const [{ found }]: { found: boolean }[] = await tx.query(
    `SELECT EXISTS (SELECT 1 FROM "cases" WHERE "sending_offer_id" = $1 AND "receiving_offer_id" = $2) AS "found"`,
    [offers.sending.id, offers.receiving.id],
  );
  return found;
}

/** The case number the insert would take (the column's own sequence), known before: the notifications quote it. */
async function nextCaseNumber(tx: EntityManager): Promise<number> {
  const [{ number }]: { number: number }[] = await tx.query(
    `SELECT nextval(pg_get_serial_sequence('"cases"', 'number'))::int AS "number"`,
  );
  return number;
}

async function takenUpDecision(
  tx: EntityManager,
  pair: { sendingOfferId: string; receivingOfferId: string },
): Promise<string | null> {
  const [row]: { id: string }[] = await tx.query(
    `SELECT d."id" FROM "match_decisions" d
      WHERE d."sending_offer_id" = $1 AND d."receiving_offer_id" = $2 AND d."decision" = 'TAKEN_UP'
        AND NOT EXISTS (SELECT 1 FROM "cases" c WHERE c."match_decision_id" = d."id")`,
    [pair.sendingOfferId, pair.receivingOfferId],
  );
  return row?.id ?? null;
}
