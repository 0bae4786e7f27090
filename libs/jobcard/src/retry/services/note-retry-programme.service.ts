import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobcardClock } from '../../jobcard-clock';
import { JobcardException } from '../../jobcard.exception';
import { InputChecks } from '../../shared/input-checks';
import { JobcardRecords } from '../../shared/jobcard-records';
import type { NoteRetryProgrammeInput } from '../dtos/retry.input';
import { RetryNoteEntity } from '../retry-note.entity';
import { RETRY_API_MESSAGES as M } from '../retry.messages';

/**
 * Notes a RETRY programme suggested to, or taken by, a case's secondee or a talent bank registrant: one record per
 * person and menu, created once, then updated naming the version read (two consultants never overwrite each other).
 * Who may: the case's offices' consultants, or the registrant's office's, and headquarters.
 */
@Injectable()
export class NoteRetryProgrammeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: JobcardRecords,
    private readonly clock: JobcardClock,
  ) {}

  async note(user: AuthUser, input: NoteRetryProgrammeInput): Promise<RetryNoteEntity> {
    const checks = new InputChecks();
    if (!input.caseId === !input.registrantId) checks.add('caseId', M.onePerson);
    const note = checks.optionalText('note', input.note, 'メモ', 2000);
    checks.throwIfAny();
    return this.dataSource.transaction(async (tx) => {
      if (input.caseId) await this.records.caseFor(user, input.caseId, tx);
      else await this.records.registrantFor(user, input.registrantId ?? '', tx);
      const person = input.caseId ? { caseId: input.caseId } : { registrantId: input.registrantId ?? '' };
      // One writer per person and menu: the row, or the gap where it would be inserted, is locked.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `jobcard.retry:${input.caseId ?? input.registrantId}:${input.menuId}`,
      ]);
      const existing = await tx.findOne(RetryNoteEntity, {
        where: { ...person, menuId: input.menuId },
        lock: { mode: 'pessimistic_write' },
      });
      const values = { status: input.status, note, notedOn: this.clock.today() };
      if (!existing) {
        if (input.version !== null && input.version !== undefined)
          throw JobcardException.staleVersion(M.what);
        const row = tx.create(RetryNoteEntity, {
          caseId: input.caseId ?? null,
          registrantId: input.registrantId ?? null,
          menuId: input.menuId,
          ...values,
          createdByUserId: user.id,
        });
        return tx.save(RetryNoteEntity, row);
      }
      // Without a version the caller did not know of the record: someone else made it first.
      if (existing.version !== input.version) throw JobcardException.staleVersion(M.what);
      await tx.update(RetryNoteEntity, { id: existing.id }, values);
      return tx.findOneOrFail(RetryNoteEntity, { where: { id: existing.id } });
    });
  }
}
