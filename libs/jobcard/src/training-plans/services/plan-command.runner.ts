import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { JobcardException } from '../../jobcard.exception';
import { JobcardRecords } from '../../shared/jobcard-records';
import { assertMayWorkPlan, type PlanScope } from '../plan-access.policy';
import { TrainingPlanEntity } from '../training-plan.entity';
import { TRAINING_PLAN_API_MESSAGES as M } from '../training-plans.messages';

export type PlanChange = Partial<
  Pick<
    TrainingPlanEntity,
    | 'caseId'
    | 'registrantId'
    | 'traineeName'
    | 'trainingType'
    | 'status'
    | 'draft'
    | 'traineeFacts'
    | 'logs'
    | 'companySizeAtSubmission'
  >
>;

/**
 * Runs one change of a plan: locks the row, checks the caller and the version the change was based on, lets the use
 * case decide and writes it, in one transaction. Two consultants saving at once: the second waits for the lock,
 * finds a newer version and gets STALE_VERSION; nothing is overwritten.
 */
@Injectable()
export class PlanCommandRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: JobcardRecords,
  ) {}

  async run(
    user: AuthUser,
    command: { planId: string; expectedVersion: number },
    decide: (current: TrainingPlanEntity, tx: EntityManager) => Promise<PlanChange>,
  ): Promise<TrainingPlanEntity> {
    if (!isUUID(command.planId)) throw JobcardException.notFound(M.what);
    return this.dataSource.transaction(async (tx) => {
      const current = await tx.findOne(TrainingPlanEntity, {
        where: { id: command.planId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw JobcardException.notFound(M.what);
      assertMayWorkPlan(user, await this.scopeOf(current, tx));
      if (current.version !== command.expectedVersion) throw JobcardException.staleVersion(M.what);
      const change = await decide(current, tx);
      // update() raises the version and updated_at itself (@VersionColumn, @UpdateDateColumn).
      await tx.update(TrainingPlanEntity, { id: current.id }, { ...change, updatedByUserId: user.id });
      return tx.findOneOrFail(TrainingPlanEntity, { where: { id: current.id } });
    });
  }

  /** Who may work the plan: its office's consultants, its case's offices' consultants, headquarters. */
  async scopeOf(
    plan: Pick<TrainingPlanEntity, 'officeId' | 'caseId'>,
    manager?: EntityManager,
  ): Promise<PlanScope> {
    const kase = plan.caseId ? await this.records.case(plan.caseId, manager) : null;
    return { officeId: plan.officeId, caseOffices: kase };
  }
}
