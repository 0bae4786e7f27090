import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { JobcardException } from '../../jobcard.exception';
import { JobcardRecords } from '../../shared/jobcard-records';
import type { TrainingPlansArgs } from '../dtos/save-training-plan.input';
import { assertMayWorkPlan, mayWorkPlan } from '../plan-access.policy';
import { TrainingPlanEntity } from '../training-plan.entity';
import { TRAINING_PLAN_API_MESSAGES as M } from '../training-plans.messages';
import { PlanCommandRunner } from './plan-command.runner';

/** Reading plans: one by id, or a company's or a case's, each only to those who may work it. */
@Injectable()
export class TrainingPlanQueryService {
  constructor(
    @InjectRepository(TrainingPlanEntity) private readonly plans: Repository<TrainingPlanEntity>,
    private readonly records: JobcardRecords,
    private readonly runner: PlanCommandRunner,
  ) {}

  async one(user: AuthUser, id: string): Promise<TrainingPlanEntity> {
    const plan = isUUID(id) ? await this.plans.findOneBy({ id }) : null;
    if (!plan) throw JobcardException.notFound(M.what);
    assertMayWorkPlan(user, await this.runner.scopeOf(plan));
    return plan;
  }

  /**
   * A company's plans (refused to a caller who may not work the company's plans) or a case's (refused outside the
   * case's offices), newest first. A company's list leaves out the plans the caller may not work (tied to a case of
   * other offices, or from a time the company had another owning office).
   */
  async list(user: AuthUser, args: TrainingPlansArgs): Promise<TrainingPlanEntity[]> {
    if (!args.companyId === !args.caseId) {
      throw JobcardException.invalidInput([
        { field: 'companyId', message: '実施企業または案件のどちらか一方を指定してください。' },
      ]);
    }
    if (args.caseId) {
      const kase = await this.records.caseFor(user, args.caseId);
      return this.plans.find({ where: { caseId: kase.id }, order: { createdAt: 'DESC' } });
    }
    const company = await this.records.company(args.companyId ?? '');
    assertMayWorkPlan(user, { officeId: company.owningOfficeId, caseOffices: null });
    const plans = await this.plans.find({ where: { companyId: company.id }, order: { createdAt: 'DESC' } });
    const visible: TrainingPlanEntity[] = [];
    for (const plan of plans) {
      if (mayWorkPlan(user, await this.runner.scopeOf(plan))) visible.push(plan);
    }
    return visible;
  }
}
