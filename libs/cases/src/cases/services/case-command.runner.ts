import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { assertMayActOnCase } from '../case-access.policy';
import { CaseEntity } from '../case.entity';
import { CaseException } from '../../case.exception';
import { CaseHistoryEntity, type CaseAction, type FieldChange } from '../../history/case-history.entity';
import type { CaseWritableColumn } from '../../history/case-history-fields';
import { fieldChanges } from '../../history/field-changes';
import { isTerminal, type CaseStage } from '../../workflow/case-stage';

/** What one use case decided to change. */
export interface CaseChange {
  action: CaseAction;
  /** Columns to write (each has its label in CASE_HISTORY_FIELDS); stage moves go in `toStage`. */
  patch: Partial<Pick<CaseEntity, CaseWritableColumn>>;
  toStage?: CaseStage;
  reason?: string | null;
}

export interface CaseCommand {
  caseId: string;
  expectedVersion: number;
}

export interface CaseCommandOptions {
  /** Completed and not-established cases are read-only, except for what is explicitly allowed on them. */
  allowTerminal?: boolean;
}

/**
 * Runs one change of a case: locks the row, checks the caller and the version the change was based on, applies the
 * change and appends its history entry, all in one transaction. Two consultants saving at once: the second waits for
 * the lock, finds a newer version and gets CONFLICT with the current state; nothing is overwritten.
 */
@Injectable()
export class CaseCommandRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(
    user: AuthUser,
    command: CaseCommand,
    decide: (current: CaseEntity, tx: EntityManager) => Promise<CaseChange>,
    options: CaseCommandOptions = {},
  ): Promise<CaseEntity> {
    if (!isUUID(command.caseId)) throw CaseException.notFound(command.caseId);
    return this.dataSource.transaction(async (tx) => {
      const current = await tx.findOne(CaseEntity, {
        where: { id: command.caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw CaseException.notFound(command.caseId);
      assertMayActOnCase(user, current);
      if (current.version !== command.expectedVersion) throw CaseException.staleVersion(current);
      if (isTerminal(current.stage) && !options.allowTerminal) throw CaseException.closed(current.stage);

      const change = await decide(current, tx);
      return this.apply(tx, user, current, change);
    });
  }

  /** Writes a decided change to a locked case and its history entry; for use cases that lock the row themselves. */
  async apply(
    tx: EntityManager,
    user: AuthUser,
    current: CaseEntity,
    change: CaseChange,
  ): Promise<CaseEntity> {
    const patch: Partial<CaseEntity> = { ...change.patch, updatedByUserId: user.id };
    const moved = change.toStage !== undefined && change.toStage !== current.stage;
    if (moved) {
      patch.stage = change.toStage;
      patch.stageEnteredAt = new Date();
    }
    const changes: FieldChange[] = fieldChanges(current, {
      ...change.patch,
      ...(moved ? { stage: patch.stage } : {}),
    });
    // update() raises the version and updated_at itself (@VersionColumn, @UpdateDateColumn).
    await tx.update(CaseEntity, { id: current.id }, patch);
    const updated = await tx.findOneOrFail(CaseEntity, { where: { id: current.id } });
    await tx.insert(CaseHistoryEntity, {
      caseId: current.id,
      action: change.action,
      actorUserId: user.id,
      fromStage: moved ? current.stage : null,
      toStage: moved ? (change.toStage ?? null) : null,
      changes,
      reason: change.reason?.trim() || null,
      caseVersion: updated.version,
    });
    return updated;
  }
}
