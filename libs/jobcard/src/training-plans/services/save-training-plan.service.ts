import type { AuthUser } from '@kakehashi/authz';
import { isCalendarDay } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { toStoredTraineeFacts } from '../../eligibility/dtos/to-trainee-facts';
import type { JobCardCompanySize } from '../../eligibility/rules/employer-eligibility';
import { JobcardException } from '../../jobcard.exception';
import { InputChecks } from '../../shared/input-checks';
import { type CaseFacts, JobcardRecords } from '../../shared/jobcard-records';
import type { SaveTrainingPlanInput } from '../dtos/save-training-plan.input';
import { toPlanDraft } from '../dtos/to-plan-draft';
import { assertMayWorkPlan } from '../plan-access.policy';
import { type StoredTraineeFacts, TrainingPlanEntity } from '../training-plan.entity';
import { TRAINING_PLAN_API_MESSAGES as M } from '../training-plans.messages';
import type { TrainingPlanDraft } from '../rules/training-plan.types';
import { PlanCommandRunner } from './plan-command.runner';

interface CheckedInput {
  traineeName: string;
  draft: TrainingPlanDraft;
  traineeFacts: StoredTraineeFacts | null;
}

/**
 * Saves a plan as typed, whatever its findings (a draft is work in progress; acceptance is where the rules block).
 * When the draft names its submission day, the company's size is snapshotted then (R-EM-7, S001:268): it stays what
 * it was at submission, unless the submission day itself changes.
 */
@Injectable()
export class SaveTrainingPlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: JobcardRecords,
    private readonly runner: PlanCommandRunner,
  ) {}

  async save(user: AuthUser, input: SaveTrainingPlanInput): Promise<TrainingPlanEntity> {
    const checked = this.checked(input);
    if (!input.id) return this.create(user, input, checked);
    if (input.version === null || input.version === undefined) {
      throw JobcardException.invalidInput([
        { field: 'version', message: '更新するときは読み込んだバージョンを指定してください。' },
      ]);
    }
    return this.runner.run(
      user,
      { planId: input.id, expectedVersion: input.version },
      async (current, tx) => {
        if (current.companyId !== input.companyId) {
          throw JobcardException.invalidInput([{ field: 'companyId', message: M.planOfOtherCompany }]);
        }
        await this.related(user, input, current.companyId, current.officeId, tx);
        return {
          caseId: input.caseId ?? null,
          registrantId: input.registrantId ?? null,
          traineeName: checked.traineeName,
          trainingType: checked.draft.type,
          // An edited plan must be accepted again.
          status: 'DRAFT',
          draft: checked.draft,
          traineeFacts: checked.traineeFacts,
          companySizeAtSubmission: await this.sizeAtSubmission(current, checked.draft, tx),
        };
      },
    );
  }

  private checked(input: SaveTrainingPlanInput): CheckedInput {
    const checks = new InputChecks();
    const traineeName = checks.text('traineeName', input.traineeName, '訓練受講者の氏名', 100);
    if (traineeName === '') checks.add('traineeName', M.traineeNameMissing);
    const draft = toPlanDraft(checks, input.draft, 'draft');
    const traineeFacts = input.traineeFacts
      ? toStoredTraineeFacts(checks, input.traineeFacts, 'traineeFacts')
      : null;
    checks.throwIfAny();
    return { traineeName, draft, traineeFacts };
  }

  private async create(
    user: AuthUser,
    input: SaveTrainingPlanInput,
    checked: CheckedInput,
  ): Promise<TrainingPlanEntity> {
    return this.dataSource.transaction(async (tx) => {
      const company = await this.records.company(input.companyId, tx);
      await this.related(user, input, company.id, company.owningOfficeId, tx);
      const submitted = isCalendarDay(checked.draft.submittedOn ?? '');
      const row = tx.create(TrainingPlanEntity, {
        companyId: company.id,
        officeId: company.owningOfficeId,
        caseId: input.caseId ?? null,
        registrantId: input.registrantId ?? null,
        traineeName: checked.traineeName,
        trainingType: checked.draft.type,
        status: 'DRAFT',
        draft: checked.draft,
        traineeFacts: checked.traineeFacts,
        logs: { ojt: [], offJt: [] },
        companySizeAtSubmission: submitted ? company.size : null,
        createdByUserId: user.id,
        updatedByUserId: user.id,
      });
      return tx.save(TrainingPlanEntity, row);
    });
  }

  /** The case and the registrant the plan names: real, the caller's to work, the case one of the company's. */
  private async related(
    user: AuthUser,
    input: SaveTrainingPlanInput,
    companyId: string,
    officeId: string,
    tx: EntityManager,
  ): Promise<void> {
    let kase: CaseFacts | null = null;
    if (input.caseId) {
      kase = await this.records.case(input.caseId, tx);
      if (kase.sendingCompanyId !== companyId && kase.receivingCompanyId !== companyId) {
        throw JobcardException.invalidInput([{ field: 'caseId', message: M.caseOfOtherCompany }]);
      }
    }
    assertMayWorkPlan(user, { officeId, caseOffices: kase });
    if (input.registrantId) await this.records.registrantFor(user, input.registrantId, tx);
  }

  private async sizeAtSubmission(
    current: TrainingPlanEntity,
    draft: TrainingPlanDraft,
    tx: EntityManager,
  ): Promise<JobCardCompanySize | null> {
    if (!isCalendarDay(draft.submittedOn ?? '')) return null;
    const unchanged = current.draft.submittedOn === draft.submittedOn;
    if (unchanged && current.companySizeAtSubmission !== null) return current.companySizeAtSubmission;
    return (await this.records.company(current.companyId, tx)).size;
  }
}
