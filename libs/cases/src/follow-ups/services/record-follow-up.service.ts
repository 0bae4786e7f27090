import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { JobQueue, QueueName } from '@kakehashi/jobs';
import { Injectable, Logger } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseException, CaseExceptionCode } from '../../case.exception';
import { CaseAction } from '../../history/case-history.entity';
import { CaseCommandRunner } from '../../cases/services/case-command.runner';
import {
  clean,
  collect,
  notAfterTodayError,
  requiredDayError,
  requiredTextError,
  textError,
} from '../../cases/services/case-input.rules';
import { CaseClock } from '../case-clock';
import { CaseFollowUpEntity } from '../case-follow-up.entity';
import { caseTaskJobId } from '../case-task-jobs';
import { CaseTaskKind, CaseTaskStatus } from '../case-task.entity';
import { lockCaseTask, markTaskDone, type LiveTaskRow } from '../case-tasks.queries';
import type { RecordFollowUpInput } from '../dtos/record-follow-up.input';
import { remindersApply } from '../follow-up-plan';
import { todayInJapan } from '@kakehashi/calendar';

const SHORT_TEXT = 500;
const LONG_TEXT = 4000;

type TaskRow = Pick<LiveTaskRow, 'id' | 'kind' | 'status'>;

/**
 * STEP6: records one follow-up of an established, open case, completing the task it answers, as one change of the
 * case (its version rises and the history says FOLLOW_UP_RECORDED), so it is refused on a stale version like any other.
 */
@Injectable()
export class RecordFollowUpService {
  private readonly logger = new Logger('CaseReminders');

  constructor(
    private readonly runner: CaseCommandRunner,
    private readonly clock: CaseClock,
    private readonly jobs: JobQueue,
  ) {}

  async record(user: AuthUser, input: RecordFollowUpInput): Promise<CaseEntity> {
    const early: { taskId: string | null } = { taskId: null };
    const updated = await this.runner.run(user, input, async (current, tx) => {
      if (!remindersApply(current)) {
        throw new CaseException(
          CaseExceptionCode.FOLLOW_UP_NOT_ALLOWED,
          'フォローアップは、成立(出向開始・採用)を記録した案件にのみ記録できます。',
          { stage: current.stage },
        );
      }
      const task = input.taskId ? await this.lockTask(tx, current.id, input.taskId) : null;
      const problems = this.problems(input, current, task);
      if (problems.length) throw CaseException.invalidInput(problems);
      const answered = task === 'MISSING' ? null : task;

      const inserted = await tx.insert(CaseFollowUpEntity, {
        caseId: current.id,
        taskId: answered?.id ?? null,
        heldOn: input.heldOn,
        method: input.method,
        conductedByUserId: user.id,
        participants: clean(input.participants),
        secondeeSituation: input.secondeeSituation.trim(),
        senderSituation: clean(input.senderSituation),
        receiverSituation: clean(input.receiverSituation),
        issues: clean(input.issues),
        actions: clean(input.actions),
      });
      if (answered) {
        const followUpId = (inserted.identifiers[0] as { id: string }).id;
        await markTaskDone(tx, answered.id, { at: this.clock.now(), byUserId: user.id, followUpId });
        if (answered.status === CaseTaskStatus.SCHEDULED) early.taskId = answered.id;
      }
      return { action: CaseAction.FOLLOW_UP_RECORDED, patch: {} };
    });
    // Done before its moment: its job would find it done and do nothing, but need not wait in the queue.
    if (early.taskId) await this.dropJob(early.taskId);
    return updated;
  }

  /** The task, locked so that its job or a reschedule cannot change it under this record. */
  private async lockTask(tx: EntityManager, caseId: string, taskId: string): Promise<TaskRow | 'MISSING'> {
    if (!isUUID(taskId)) return 'MISSING';
    const row = await lockCaseTask(tx, caseId, taskId);
    return row ?? 'MISSING';
  }

  private problems(
    input: RecordFollowUpInput,
    current: CaseEntity,
    task: TaskRow | 'MISSING' | null,
  ): FieldError[] {
    const today = todayInJapan(this.clock.now());
    const problems = collect(
      requiredDayError('input.heldOn', input.heldOn, '実施日'),
      notAfterTodayError('input.heldOn', input.heldOn, '実施日', today),
      textError('input.participants', input.participants, '参加者', SHORT_TEXT),
      requiredTextError('input.secondeeSituation', input.secondeeSituation, '本人の状況', LONG_TEXT),
      textError('input.senderSituation', input.senderSituation, '送出企業の状況', LONG_TEXT),
      textError('input.receiverSituation', input.receiverSituation, '受入企業の状況', LONG_TEXT),
      textError('input.issues', input.issues, '課題', LONG_TEXT),
      textError('input.actions', input.actions, '対応・今後の予定', LONG_TEXT),
    );
    if (
      !problems.some((p) => p.field === 'input.heldOn') &&
      current.establishedOn &&
      input.heldOn < current.establishedOn
    ) {
      problems.push({
        field: 'input.heldOn',
        message: `実施日は成立日(${current.establishedOn})以降の日付を入力してください。`,
      });
    }
    if (task === 'MISSING') {
      problems.push({ field: 'input.taskId', message: 'この案件のタスクが見つかりません。' });
    } else if (task && task.kind !== CaseTaskKind.FOLLOW_UP) {
      problems.push({
        field: 'input.taskId',
        message: '出向終了日経過のタスクはフォローアップでは完了できません。案件の完了を記録してください。',
      });
    } else if (task && task.status !== CaseTaskStatus.DUE && task.status !== CaseTaskStatus.SCHEDULED) {
      problems.push({
        field: 'input.taskId',
        message:
          task.status === CaseTaskStatus.DONE
            ? 'このタスクは既に完了しています。'
            : 'このタスクは取り消されています(予定が変更されました)。',
      });
    }
    return problems;
  }

  private async dropJob(taskId: string): Promise<void> {
    try {
      await this.jobs.cancel(QueueName.CASES, caseTaskJobId(taskId));
    } catch (error) {
      this.logger.warn(
        { taskId, error: error instanceof Error ? error.message : String(error) },
        'Job of a task done early could not be removed',
      );
    }
  }
}
