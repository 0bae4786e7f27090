import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { assertMayWorkSubject } from '../../access/jobcard-access.policy';
import { subjectOffices, type SheetSubject } from '../../access/jobcard-access.queries';
import { JobcardException } from '../../jobcard.exception';
import { EvaluationSheetEntity } from '../evaluation-sheet.entity';

export interface SheetCommand {
  sheetId: string;
  expectedVersion: number;
}

/** The columns a use case may change. */
export type SheetPatch = Partial<
  Pick<
    EvaluationSheetEntity,
    | 'traineeName'
    | 'duty'
    | 'dutyType'
    | 'periodStart'
    | 'periodEnd'
    | 'sheet'
    | 'evaluations'
    | 'targetsPresentedOn'
    | 'issuedOn'
  >
>;

export const SHEET = '評価シート';

/** Refuses a caller outside the subject's offices (NOT_FOUND when the subject is gone). */
export async function authoriseSheet(
  tx: EntityManager,
  user: AuthUser,
  subject: SheetSubject,
): Promise<string[]> {
  const offices = await subjectOffices(tx, subject);
  if (!offices) throw JobcardException.notFound(SHEET);
  assertMayWorkSubject(user, subject.subjectKind, offices);
  return offices;
}

/**
 * Runs one change of a sheet: locks the row, checks the caller and the version the change was based on, lets the use
 * case decide and writes it, in one transaction. Two people saving at once: the second waits for the lock, finds a
 * newer version and gets CONFLICT; nothing is overwritten.
 */
@Injectable()
export class EvaluationSheetCommandRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(
    user: AuthUser,
    command: SheetCommand,
    decide: (current: EvaluationSheetEntity, tx: EntityManager) => Promise<SheetPatch>,
  ): Promise<EvaluationSheetEntity> {
    if (!isUUID(command.sheetId)) throw JobcardException.notFound(SHEET);
    return this.dataSource.transaction(async (tx) => {
      const current = await tx.findOne(EvaluationSheetEntity, {
        where: { id: command.sheetId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw JobcardException.notFound(SHEET);
      await authoriseSheet(tx, user, current);
      if (current.version !== command.expectedVersion) throw JobcardException.staleVersion(SHEET);
      const patch = await decide(current, tx);
      // update() raises the version and updated_at itself (@VersionColumn, @UpdateDateColumn).
      await tx.update(EvaluationSheetEntity, { id: current.id }, { ...patch, updatedByUserId: user.id });
      return tx.findOneOrFail(EvaluationSheetEntity, { where: { id: current.id } });
    });
  }
}
