import type { AuthUser, Role } from '@kakehashi/authz';
import { readSeedCsv, type DemoClock } from '@kakehashi/database';
import type { DataSource, EntityManager } from 'typeorm';
import { MatchingException } from '../matching.exception';
import { assertMayDecideOnPair } from '../decisions/services/pair-access.policy';
import { DismissalReason, MatchDecisionKind, SuggestionSource } from '../decisions/match-decision.entity';
import { DEFAULT_MATCHING_SETTINGS, type MatchingSettings } from '../engine/factor-weights';
import { MatchEngine } from '../engine/match-engine';
import type { MatchExplanation } from '../engine/match-explanation';
import { MatchProfileLoader } from '../profiles/match-profile.loader';
import { completeWeights } from '../settings/matching-settings.service';

const FILE = 'demo/match-decisions.csv';

interface Decision {
  where: string;
  sendingOfferId: string;
  receivingOfferId: string;
  decision: MatchDecisionKind;
  reasonCode: DismissalReason | null;
  reason: string | null;
  people: number | null;
  score: number;
  explanation: MatchExplanation;
  decidedBy: AuthUser;
  decidedAt: Date;
}

/**
 * The demo consultants' decisions on suggested pairs (demo/match-decisions.csv): each checked as DecideMatchService
 * checks it (the decider's office, a reason for OTHER, no take-up of an excluded pair or beyond the people left) and
 * stored with the engine's score and explanation, dated relative to the day it is loaded. A pair already decided is
 * left alone (the unique pair key), so it can run on every start. Needs the demo users and the office offers first.
 */
export async function seedDemoMatchDecisions(dataSource: DataSource, clock: DemoClock): Promise<number> {
  const rows = readSeedCsv(FILE);
  // The engine reads outside any transaction: on the embedded default there is one connection.
  const loader = new MatchProfileLoader(dataSource);
  const engine = new MatchEngine(await loader.loadReference(), await readSettings(dataSource));
  const decisions: Decision[] = [];
  for (const [index, row] of rows.entries()) {
    const where = `${FILE} row ${index + 1}`;
    const sending = await offer(dataSource, 'sending_offers', row, 'sending', where);
    const receiving = await offer(dataSource, 'receiving_offers', row, 'receiving', where);
    const pair = { sendingOfferId: sending.id, receivingOfferId: receiving.id };
    // Decided before (by this seed or by someone trying the demo): not judged again against offers edited since.
    if (await decided(dataSource, pair)) continue;
    const decidedOn = clock.daysAgo(Number(row['decided_days_ago']));
    if (decidedOn < sending.receivedOn || decidedOn < receiving.receivedOn) {
      throw new Error(`${where}: decided before an offer of the pair was received`);
    }
    decisions.push(await decide(dataSource, loader, engine, clock, row, { where, ...pair }));
  }
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kakehashi.seedDemoMatchDecisions'))`);
    let inserted = 0;
    for (const decision of decisions) inserted += await insert(manager, decision);
    return inserted;
  });
}

async function decide(
  dataSource: DataSource,
  loader: MatchProfileLoader,
  engine: MatchEngine,
  clock: DemoClock,
  row: Record<string, string>,
  {
    where,
    sendingOfferId,
    receivingOfferId,
  }: { where: string; sendingOfferId: string; receivingOfferId: string },
): Promise<Decision> {
  const [sending, receiving] = await Promise.all([
    loader.loadSendingById(sendingOfferId),
    loader.loadReceivingById(receivingOfferId),
  ]);
  if (!sending || !receiving) throw new Error(`${where}: offer not found`);
  const decidedBy = await user(dataSource, row['decided_by'] ?? '', where);
  try {
    assertMayDecideOnPair(decidedBy, sending.owningOfficeId, receiving.owningOfficeId);
  } catch (error) {
    throw new Error(`${where}: ${(error as MatchingException).message}`);
  }
  const decision = row['decision'] as MatchDecisionKind;
  const explained = engine.explain(sending, receiving);
  const reason = row['reason']?.trim() || null;
  const common = {
    where,
    sendingOfferId,
    receivingOfferId,
    decision,
    reason,
    decidedBy,
    decidedAt: clock.at(clock.daysAgo(Number(row['decided_days_ago'])), 11, 30),
  };
  if (decision === MatchDecisionKind.DISMISSED) {
    const reasonCode = row['reason_code'] as DismissalReason;
    if (!Object.values(DismissalReason).includes(reasonCode)) throw new Error(`${where}: bad reason_code`);
    if (reasonCode === DismissalReason.OTHER && !reason) throw new Error(`${where}: OTHER needs a reason`);
    const explanation =
      'excluded' in explained
        ? { score: 0, factors: [], reasons: [], gaps: [explained.excluded], notes: [] }
        : explained;
    return { ...common, reasonCode, people: null, score: explanation.score, explanation };
  }
  if (decision !== MatchDecisionKind.TAKEN_UP) throw new Error(`${where}: bad decision`);
  if ('excluded' in explained) throw new Error(`${where}: the pair is excluded: ${explained.excluded}`);
  const people = Number(row['people']);
  if (!(people >= 1 && people <= Math.min(sending.people, receiving.people))) {
    throw new Error(`${where}: people must be 1 to what both offers have left`);
  }
  return { ...common, reasonCode: null, people, score: explained.score, explanation: explained };
}

async function decided(
  dataSource: DataSource,
  pair: { sendingOfferId: string; receivingOfferId: string },
): Promise<boolean> {
  const [{ found }]: { found: boolean }[] = await dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM "match_decisions" WHERE "sending_offer_id" = $1 AND "receiving_offer_id" = $2)
       AS "found"`,
    [pair.sendingOfferId, pair.receivingOfferId],
  );
  return found;
}

/** The newest offer of the company (by corporate number) with the job title. */
async function offer(
  dataSource: DataSource,
  table: 'sending_offers' | 'receiving_offers',
  row: Record<string, string>,
  side: 'sending' | 'receiving',
  where: string,
): Promise<{ id: string; receivedOn: string }> {
  const found: { id: string; received_on: string }[] = await dataSource.query(
    `SELECT o."id", o."received_on"::text AS "received_on"
       FROM "${table}" o JOIN "companies" c ON c."id" = o."company_id"
      WHERE c."corporate_number" = $1 AND o."job_title" = $2
      ORDER BY o."received_on" DESC, o."id" LIMIT 1`,
    [row[`${side}_corporate_number`], row[`${side}_job_title`]],
  );
  if (!found[0]) {
    throw new Error(`${where}: no ${side} offer "${row[`${side}_job_title`]}" (seed the offers first)`);
  }
  return { id: found[0].id, receivedOn: found[0].received_on };
}

async function user(dataSource: DataSource, email: string, where: string): Promise<AuthUser> {
  const [found]: { id: string; name: string; role: Role; office_id: string | null }[] =
    await dataSource.query(
      `SELECT "id", "name", "role", "office_id" FROM "users" WHERE "email" = $1 AND "is_active"`,
      [email],
    );
  if (!found) throw new Error(`${where}: no active user ${email} (seed the demo users first)`);
  return {
    id: found.id,
    email,
    name: found.name,
    role: found.role,
    officeId: found.office_id,
    partnerInstitutionId: null,
    partnerBranchId: null,
  };
}

/** The settings in force, as MatchingSettingsService reads them (this DataSource has no entities). */
async function readSettings(dataSource: DataSource): Promise<MatchingSettings> {
  const [row]: { weights: MatchingSettings['weights']; exclude_missing_required: boolean }[] =
    await dataSource.query(
      `SELECT "weights", "exclude_missing_required" FROM "matching_settings" WHERE "id" = 1`,
    );
  if (!row) return DEFAULT_MATCHING_SETTINGS;
  return { weights: completeWeights(row.weights), excludeMissingRequired: row.exclude_missing_required };
}

/** The same row DecideMatchService records; a pair decided before (by anyone) is kept as it is. */
async function insert(manager: EntityManager, d: Decision): Promise<number> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO "match_decisions" ("sending_offer_id", "receiving_offer_id", "decision", "reason_code", "reason",
       "people", "score", "explanation", "source", "assignment_run_id", "decided_by_user_id", "decided_at")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $10, $11)
     ON CONFLICT ON CONSTRAINT "uq_match_decisions_pair" DO NOTHING
     RETURNING "id"`,
    [
      d.sendingOfferId,
      d.receivingOfferId,
      d.decision,
      d.reasonCode,
      d.reason,
      d.people,
      d.score,
      JSON.stringify(d.explanation),
      SuggestionSource.ON_DEMAND,
      d.decidedBy.id,
      d.decidedAt,
    ],
  );
  return inserted.length;
}
