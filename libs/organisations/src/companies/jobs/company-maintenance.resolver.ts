import { Roles } from '@kakehashi/authz';
import { JobName, JobQueue, QueueName } from '@kakehashi/jobs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MAINTENANCE_OPERATORS } from '../../organisations-roles';
import { MaintenanceJobModel, MaintenanceJobState, toMaintenanceJobModel } from './maintenance-job.model';

/**
 * One id per minute: a double click (or two admins at once) queues one rebuild, while a later deliberate rerun is
 * still possible (finished jobs keep their id for a day, so an id fixed for good would block reruns that long).
 */
export function rebuildCompanySearchKeysJobId(now: Date): string {
  return `rebuild-company-search-keys-${now.toISOString().slice(0, 16).replace(/\D/g, '')}`;
}

@Resolver(() => MaintenanceJobModel)
export class CompanyMaintenanceResolver {
  constructor(private readonly jobs: JobQueue) {}

  @Mutation(() => MaintenanceJobModel, {
    description:
      '企業名の検索キーを再計算するジョブを登録 (管理者) / Queue a rebuild of company search keys (admins).',
  })
  @Roles(...MAINTENANCE_OPERATORS)
  async rebuildCompanySearchKeys(): Promise<MaintenanceJobModel> {
    const { id } = await this.jobs.enqueue(
      QueueName.MAINTENANCE,
      JobName.REBUILD_COMPANY_SEARCH_KEYS,
      {},
      { jobId: rebuildCompanySearchKeysJobId(new Date()) },
    );
    const status = await this.jobs.getJob(QueueName.MAINTENANCE, id);
    if (status) return toMaintenanceJobModel(status);
    return {
      id,
      name: JobName.REBUILD_COMPANY_SEARCH_KEYS,
      state: MaintenanceJobState.WAITING,
      progress: 0,
      attemptsMade: 0,
      failedReason: null,
      result: null,
    };
  }

  @Query(() => MaintenanceJobModel, {
    nullable: true,
    description: '保守ジョブの状態 (管理者) / A maintenance job (admins).',
  })
  @Roles(...MAINTENANCE_OPERATORS)
  async maintenanceJob(@Args('id', { type: () => ID }) id: string): Promise<MaintenanceJobModel | null> {
    const status = await this.jobs.getJob(QueueName.MAINTENANCE, id);
    return status ? toMaintenanceJobModel(status) : null;
  }
}
