import type { AuthUser } from '@kakehashi/authz';
import { CompanySize } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { JobcardException } from '../../jobcard.exception';
import { type CaseFacts, JobcardRecords } from '../../shared/jobcard-records';
import { TrainingPlanEntity } from '../../training-plans/training-plan.entity';
import type { AttachSubsidyEstimateArgs } from '../dtos/subsidy-estimate.input';
import {
  COMPANY_SIZE_LABELS,
  SUBSIDY_CASE_MESSAGES as M,
  SUBSIDY_ESTIMATE_KIND_LABELS,
} from '../subsidies.messages';
import { type StoredSubsidyResult, SubsidyEstimateEntity } from '../subsidy-estimate.entity';
import type { StoredConversionInput, StoredTrainingInput } from '../subsidy-estimate.types';
import { EstimateSubsidyService } from './estimate-subsidy.service';

interface Computed {
  input: StoredTrainingInput | StoredConversionInput;
  result: StoredSubsidyResult;
  totalYen: number;
}

/**
 * Keeps an estimate with a case as it was shown at STEP 2 (助成金の周知と活用勧奨): the input, the table used and every
 * line. The case adds its notes: a secondment's secondee who is the sender's regular employee is not covered (spec
 * §9.1); a plan submitted earlier fixes the company size (R-EM-7); a plan not yet accepted is no certified plan.
 */
@Injectable()
export class AttachSubsidyEstimateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: JobcardRecords,
    private readonly estimates: EstimateSubsidyService,
  ) {}

  async attach(user: AuthUser, args: AttachSubsidyEstimateArgs): Promise<SubsidyEstimateEntity> {
    return this.dataSource.transaction(async (tx) => {
      const kase = await this.records.caseFor(user, args.caseId, tx);
      const plan = args.planId ? await this.plan(args.planId, kase, tx) : null;
      const notes: string[] = kase.moveType === 'SECONDMENT' ? [M.secondeeNotCovered] : [];
      if (plan && plan.status !== 'ACCEPTED') notes.push(M.planNotAccepted);
      const size = plan?.companySizeAtSubmission ?? null;
      if (size) notes.push(M.sizeAtSubmission(COMPANY_SIZE_LABELS[size]));
      const computed = this.computed(args, size, notes);
      const row = tx.create(SubsidyEstimateEntity, {
        caseId: kase.id,
        planId: plan?.id ?? null,
        kind: args.kind,
        rateTableId: computed.input.rateTableId,
        input: computed.input,
        result: computed.result,
        totalYen: computed.totalYen,
        createdByUserId: user.id,
      });
      return tx.save(SubsidyEstimateEntity, row);
    });
  }

  private computed(
    args: AttachSubsidyEstimateArgs,
    sizeAtSubmission: 'SME' | 'LARGE' | null,
    caseNotes: string[],
  ): Computed {
    const missing = () =>
      JobcardException.invalidInput([
        {
          field: args.kind === 'TRAINING' ? 'training' : 'conversion',
          message: M.inputMissing(SUBSIDY_ESTIMATE_KIND_LABELS[args.kind]),
        },
      ]);
    const size = sizeAtSubmission === null ? undefined : CompanySize[sizeAtSubmission];
    if (args.kind === 'TRAINING') {
      if (!args.training) throw missing();
      const { input, result } = this.estimates.training(
        { ...args.training, companySize: size ?? args.training.companySize },
        'training',
      );
      return { input, result: { ...result, caseNotes }, totalYen: result.totalYen };
    }
    if (!args.conversion) throw missing();
    const { input, result } = this.estimates.conversion(
      { ...args.conversion, companySize: size ?? args.conversion.companySize },
      'conversion',
    );
    return { input, result: { ...result, caseNotes }, totalYen: result.totalYen };
  }

  private async plan(id: string, kase: CaseFacts, tx: EntityManager): Promise<TrainingPlanEntity> {
    const plan = isUUID(id) ? await tx.findOneBy(TrainingPlanEntity, { id }) : null;
    if (!plan) throw JobcardException.notFound('訓練実施計画');
    if (plan.caseId !== kase.id)
      throw JobcardException.invalidInput([{ field: 'planId', message: M.planOfOtherCase }]);
    return plan;
  }
}
