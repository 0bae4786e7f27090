import type { RequestLoaders } from '@kakehashi/graphql-core';
import type DataLoader from 'dataloader';
import { In, Not, type Repository } from 'typeorm';
import { CaseFollowUpEntity } from './case-follow-up.entity';
import { CaseTaskEntity, CaseTaskStatus } from './case-task.entity';

function grouped<T extends { caseId: string }>(keys: readonly string[], rows: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.caseId, [...(groups.get(row.caseId) ?? []), row]);
  return keys.map((key) => groups.get(key) ?? []);
}

/** A case's follow-up records, oldest first, batched per request (a board of cases: one query). */
export function followUpsByCaseLoader(
  loaders: RequestLoaders,
  followUps: Repository<CaseFollowUpEntity>,
): DataLoader<string, CaseFollowUpEntity[]> {
  return loaders.get<string, CaseFollowUpEntity[]>('cases.followUpsByCase', async (caseIds) =>
    grouped(
      caseIds,
      await followUps.find({
        where: { caseId: In([...caseIds]) },
        order: { heldOn: 'ASC', recordedAt: 'ASC' },
      }),
    ),
  );
}

/** A case's tasks that are not cancelled, by due date, batched per request. */
export function tasksByCaseLoader(
  loaders: RequestLoaders,
  tasks: Repository<CaseTaskEntity>,
): DataLoader<string, CaseTaskEntity[]> {
  return loaders.get<string, CaseTaskEntity[]>('cases.tasksByCase', async (caseIds) =>
    grouped(
      caseIds,
      await tasks.find({
        where: { caseId: In([...caseIds]), status: Not(CaseTaskStatus.CANCELLED) },
        order: { dueOn: 'ASC', kind: 'ASC' },
      }),
    ),
  );
}
