import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { todayInJapan } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseException } from '../../case.exception';
import type { RecordCaseWorkersInput } from '../dtos/case-section.inputs';
import { CaseAction } from '../../history/case-history.entity';
import type { CaseWorker } from '../../workflow/case-details';
import { CaseCommandRunner } from '../../cases/services/case-command.runner';
import {
  clean,
  collect,
  dayError,
  notAfterTodayError,
  requiredTextError,
  textError,
} from '../../cases/services/case-input.rules';

const MAX_WORKERS = 200;

/**
 * The workers the case is about and each one's consent, written as a whole list. Workers already established stay:
 * they leave only through a correction, which the statistics see.
 */
@Injectable()
export class RecordCaseWorkersService {
  constructor(private readonly runner: CaseCommandRunner) {}

  record(user: AuthUser, input: RecordCaseWorkersInput): Promise<CaseEntity> {
    return this.runner.run(user, input, async (current) => {
      const today = todayInJapan();
      const existing = new Map(current.workers.map((worker) => [worker.id, worker]));
      const problems: FieldError[] = [];
      if (input.workers.length > MAX_WORKERS) {
        problems.push({ field: 'input.workers', message: `対象労働者は${MAX_WORKERS}人までです。` });
      }
      const next: CaseWorker[] = input.workers.map((worker, index) => {
        const path = `input.workers.${index}`;
        problems.push(
          ...collect(
            requiredTextError(`${path}.label`, worker.label, '氏名または識別名', 100),
            dayError(`${path}.consentOn`, worker.consentOn, '同意日'),
            notAfterTodayError(`${path}.consentOn`, worker.consentOn, '同意日', today),
            textError(`${path}.consentMethod`, worker.consentMethod, '確認方法', 200),
          ),
        );
        const before = worker.id ? existing.get(worker.id) : undefined;
        if (worker.id && !before) {
          problems.push({
            field: `${path}.id`,
            message: '指定された対象労働者はこの案件に登録されていません。',
          });
        }
        if (before?.established && !worker.consentOn) {
          problems.push({
            field: `${path}.consentOn`,
            message: '成立済みの対象労働者の同意は取り消せません。',
          });
        }
        return {
          id: before?.id ?? randomUUID(),
          label: worker.label?.trim() ?? '',
          consentOn: worker.consentOn || null,
          consentMethod: clean(worker.consentMethod),
          established: before?.established ?? false,
          withdrawnOn: before?.withdrawnOn ?? null,
        };
      });
      const kept = new Set(next.map((worker) => worker.id));
      for (const worker of current.workers) {
        if (!kept.has(worker.id) && (worker.established || worker.withdrawnOn)) {
          problems.push({
            field: 'input.workers',
            message: `${worker.label}さんは成立(または訂正)の記録に含まれているため削除できません。人数の訂正で記録してください。`,
          });
        }
      }
      if (problems.length) throw CaseException.invalidInput(problems);
      return { action: CaseAction.WORKERS_RECORDED, patch: { workers: next } };
    });
  }
}
