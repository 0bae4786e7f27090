import type { DataSource } from 'typeorm';
import {
  proposalFloorOf,
  settingsSnapshot,
  type AssignmentSettingsSnapshot,
} from '../assignment/assignment-algorithm';
import {
  AssignmentRunEntity,
  AssignmentScopeKind,
  AssignmentTrigger,
} from '../assignment/assignment-run.entity';
import { AssignmentInputLoader } from '../assignment/jobs/assignment-input.loader';
import { computeAssignment, type ProgressSink } from '../assignment/jobs/compute-assignment';
import { AssignmentFingerprintService } from '../assignment/services/assignment-fingerprint.service';
import { AssignmentRunStore, type RunRef } from '../assignment/services/assignment-run.store';
import { AssignmentScopeService } from '../assignment/services/assignment-scope.service';
import { MatchProfileLoader } from '../profiles/match-profile.loader';
import {
  MATCHING_SETTINGS_ID,
  settingsFromRow,
  type StoredSettingsRow,
} from '../settings/matching-settings.service';

/** Center headquarters' coordinator (prisma/seed/demo/users.csv), who started the demo run. */
const DEMO_COORDINATOR = 'hq@kakehashi.example';

/** The demo run computes at once: nobody is watching its progress, and nobody can cancel it. */
const SILENT: ProgressSink = { enter: async () => undefined, at: async () => undefined };

/**
 * A finished national assignment run over the demo offers, with its proposals, as headquarters finds it on first
 * sign-in: queued as StartAssignmentRunService queues a country run (the same scope, settings snapshot and input
 * fingerprint), taken and computed as the run's job computes it (computeAssignment over what AssignmentInputLoader
 * loads) and stored by AssignmentRunStore.complete. Skipped when a completed country run exists or the same input was
 * run before, so it can run on every start. Needs the demo offers and decisions first. Returns 1 if it ran one.
 */
export async function seedDemoAssignmentRun(dataSource: DataSource): Promise<number> {
  const [done] = await dataSource.query<{ id: string }[]>(
    `SELECT "id" FROM "assignment_runs" WHERE "scope_kind" = $1 AND "status" = 'COMPLETED' LIMIT 1`,
    [AssignmentScopeKind.COUNTRY],
  );
  if (done) return 0;
  const scopes = new AssignmentScopeService(dataSource);
  const scope = await scopes.resolve(null, { kind: AssignmentScopeKind.COUNTRY });
  const offices = await scopes.officesOf(scope);
  const snapshot = await currentSnapshot(dataSource);
  const fingerprint = await new AssignmentFingerprintService(dataSource).compute(scope, offices, snapshot);
  const run = await queuedRun(dataSource, scope, fingerprint, snapshot);
  if (!run) return 0;

  const input = await new AssignmentInputLoader(new MatchProfileLoader(dataSource), dataSource).load(offices);
  const computed = await computeAssignment(
    input,
    { weights: snapshot.weights, excludeMissingRequired: snapshot.excludeMissingRequired },
    SILENT,
    proposalFloorOf(snapshot),
  );
  // complete() writes with SQL only: the entity-less DataSource of the seed serves it.
  const store = new AssignmentRunStore(dataSource, dataSource.getRepository(AssignmentRunEntity));
  const state = await store.complete(run, computed.proposals, {
    sendingOfferCount: computed.sendingOfferCount,
    receivingOfferCount: computed.receivingOfferCount,
    candidatePairCount: computed.candidatePairCount,
    peopleOffered: computed.peopleOffered,
    peopleAssigned: computed.peopleAssigned,
    totalScore: computed.totalScore,
    upperBound: computed.upperBound,
    optimalityGap: computed.optimalityGap,
    settingsSnapshot: {
      ...snapshot,
      result: {
        method: computed.method,
        peopleWanted: computed.peopleWanted,
        refinement: computed.refinement,
        timingsMs: computed.timingsMs,
      },
    },
  });
  if (state !== 'RUNNING') throw new Error(`demo assignment run ${run.id}: ${state} while completing`);
  return 1;
}

/** The settings in force (as MatchingSettingsService.current reads them), as the snapshot a run is queued with. */
async function currentSnapshot(dataSource: DataSource): Promise<AssignmentSettingsSnapshot> {
  // SQL rather than the entity's repository: the seed's DataSource carries no entities.
  const [row] = await dataSource.query<StoredSettingsRow[]>(
    `SELECT "weights", "exclude_missing_required" AS "excludeMissingRequired",
            "minimum_proposal_score" AS "minimumProposalScore",
            "exclude_missing_required_from_proposals" AS "excludeMissingRequiredFromProposals",
            "version", "updated_at" AS "updatedAt", "updated_by_user_id" AS "updatedByUserId"
       FROM "matching_settings" WHERE "id" = $1`,
    [MATCHING_SETTINGS_ID],
  );
  return settingsSnapshot(settingsFromRow(row ?? null));
}

/**
 * AssignmentRunStore.insertQueued then claim, in one transaction: the run queued by the coordinator and taken by its
 * job (RUNNING). Null when a run of the same input exists (whatever became of it).
 */
async function queuedRun(
  dataSource: DataSource,
  scope: { kind: AssignmentScopeKind; value: string },
  fingerprint: string,
  snapshot: AssignmentSettingsSnapshot,
): Promise<RunRef | null> {
  return dataSource.transaction(async (tx) => {
    const [coordinator] = await tx.query<{ id: string }[]>(
      `SELECT "id" FROM "users" WHERE "email" = $1 AND "is_active"`,
      [DEMO_COORDINATOR],
    );
    const [queued] = await tx.query<RunRef[]>(
      `INSERT INTO "assignment_runs" ("scope_kind", "scope_value", "input_fingerprint", "trigger", "status", "phase",
         "progress", "requested_by_user_id", "settings_snapshot", "version")
       VALUES ($1, $2, $3, $4, 'QUEUED', 'QUEUED', 0, $5, $6, 1)
       ON CONFLICT ON CONSTRAINT "uq_assignment_runs_input" DO NOTHING
       RETURNING "id", "version"`,
      [
        scope.kind,
        scope.value,
        fingerprint,
        AssignmentTrigger.MANUAL,
        coordinator?.id ?? null,
        JSON.stringify(snapshot),
      ],
    );
    if (!queued) return null;
    await tx.query(
      `UPDATE "assignment_runs"
          SET "status" = 'RUNNING', "phase" = 'LOADING', "progress" = 0, "started_at" = now(), "updated_at" = now()
        WHERE "id" = $1 AND "version" = $2`,
      [queued.id, queued.version],
    );
    return queued;
  });
}
