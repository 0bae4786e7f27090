import { TalentBankModule } from '@kakehashi/talent-bank';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobcardAccessLogService } from './access/jobcard-access-log.service';
import { TrainingPlanRefusalRecorder } from './access/training-plan-refusal.recorder';
import { DispatchReportExportController } from './dispatch-reports/dispatch-report-export.controller';
import { DispatchReportResolver } from './dispatch-reports/dispatch-report.resolver';
import { DispatchReportService } from './dispatch-reports/services/dispatch-report.service';
import { EligibilityResolver } from './eligibility/eligibility.resolver';
import { EligibilityService } from './eligibility/services/eligibility.service';
import { JobcardClock } from './jobcard-clock';
import { jobcardEntities } from './jobcard-entities';
import {
  CaseRetryNotesResolver,
  ReceivingOfferMatchRetryResolver,
  RegistrantRetryNotesResolver,
  SendingOfferMatchRetryResolver,
} from './retry/retry-fields.resolver';
import { RetryResolver } from './retry/retry.resolver';
import { NoteRetryProgrammeService } from './retry/services/note-retry-programme.service';
import { RetrySuggestionsService } from './retry/services/retry-suggestions.service';
import { JobcardRecords } from './shared/jobcard-records';
import { CaseSubsidyEstimatesResolver } from './subsidies/case-subsidy-estimates.resolver';
import { AttachSubsidyEstimateService } from './subsidies/services/attach-subsidy-estimate.service';
import { EstimateSubsidyService } from './subsidies/services/estimate-subsidy.service';
import { SubsidiesResolver } from './subsidies/subsidies.resolver';
import { SaveTrainingLogService } from './training-logs/services/save-training-log.service';
import { TrainingLogResolver } from './training-logs/training-log.resolver';
import { AcceptTrainingPlanService } from './training-plans/services/accept-training-plan.service';
import { CheckTrainingPlanService } from './training-plans/services/check-training-plan.service';
import { PlanCommandRunner } from './training-plans/services/plan-command.runner';
import { SaveTrainingPlanService } from './training-plans/services/save-training-plan.service';
import { TrainingPlanQueryService } from './training-plans/services/training-plan-query.service';
import { TrainingPlanResolver } from './training-plans/training-plan.resolver';

/**
 * The Job Card (docs/jobcard): evaluation sheets, fixed-term training plans with their logs and eligibility, subsidy
 * estimates, the RETRY catalogue and the dispatch career-up report. The rules are plain functions in each feature's
 * `rules/`; the services load, authorise, apply them and write. Adds fields to the case, the talent bank registrant
 * and the match items (those modules know nothing of the Job Card), and logs a registrant's career read through the
 * talent bank's own access log.
 */
@Module({
  imports: [TalentBankModule, TypeOrmModule.forFeature([...jobcardEntities])],
  providers: [
    JobcardClock,
    JobcardRecords,
    JobcardAccessLogService,
    // The application composes it into its API_REFUSAL_RECORDER: refused plan reads go to the access log.
    TrainingPlanRefusalRecorder,
    PlanCommandRunner,
    CheckTrainingPlanService,
    SaveTrainingPlanService,
    AcceptTrainingPlanService,
    TrainingPlanQueryService,
    TrainingPlanResolver,
    SaveTrainingLogService,
    TrainingLogResolver,
    EligibilityService,
    EligibilityResolver,
    EstimateSubsidyService,
    AttachSubsidyEstimateService,
    SubsidiesResolver,
    CaseSubsidyEstimatesResolver,
    RetrySuggestionsService,
    NoteRetryProgrammeService,
    RetryResolver,
    ReceivingOfferMatchRetryResolver,
    SendingOfferMatchRetryResolver,
    CaseRetryNotesResolver,
    RegistrantRetryNotesResolver,
    DispatchReportService,
    DispatchReportResolver,
  ],
  controllers: [DispatchReportExportController],
  exports: [TrainingPlanRefusalRecorder],
})
export class JobcardModule {}
