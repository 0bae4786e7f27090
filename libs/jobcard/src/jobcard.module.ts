import { CasesModule, CaseStageGuards } from '@kakehashi/cases';
import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobcardAccessLogQueries } from './access/jobcard-access-log.queries';
import { JobcardAccessLogResolver } from './access/jobcard-access-log.resolver';
import { UserJobcardWorkResolver } from './access/user-jobcard-work.resolver';
import { JobcardAccessLogService } from './access/jobcard-access-log.service';
import { JobcardRefusalRecorder } from './access/jobcard-refusal.recorder';
import { SheetReadLogger } from './access/sheet-read.logger';
import { EvaluationSheetExportController } from './evaluation-sheets/evaluation-sheet-export.controller';
import {
  CaseEvaluationSheetsResolver,
  RegistrantEvaluationSheetsResolver,
} from './evaluation-sheets/evaluation-sheet-relations.resolver';
import { EvaluationSheetsResolver } from './evaluation-sheets/evaluation-sheets.resolver';
import { AdvanceEvaluationService } from './evaluation-sheets/services/advance-evaluation.service';
import { CreateEvaluationSheetService } from './evaluation-sheets/services/create-evaluation-sheet.service';
import { EvaluationSheetCommandRunner } from './evaluation-sheets/services/evaluation-sheet-command.runner';
import { EvaluationSheetQueryService } from './evaluation-sheets/services/evaluation-sheet-query.service';
import { RecordEvaluationService } from './evaluation-sheets/services/record-evaluation.service';
import { SkillsDevelopmentStageGuard } from './evaluation-sheets/services/skills-development-stage.guard';
import { UpdateEvaluationSheetService } from './evaluation-sheets/services/update-evaluation-sheet.service';
import { jobcardEntities } from './jobcard-entities';
import { JobcardJobsModule } from './jobcard-jobs.module';
import { TalentBankModule } from '@kakehashi/talent-bank';
import { TrainingPlanRefusalRecorder } from './access/training-plan-refusal.recorder';
import { DispatchReportExportController } from './dispatch-reports/dispatch-report-export.controller';
import { DispatchReportResolver } from './dispatch-reports/dispatch-report.resolver';
import { DispatchReportService } from './dispatch-reports/services/dispatch-report.service';
import { EligibilityResolver } from './eligibility/eligibility.resolver';
import { EligibilityService } from './eligibility/services/eligibility.service';
import { JobcardClock } from './jobcard-clock';
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
 * and the match items (those modules know nothing of the Job Card). Its refusal recorders are exported for the
 * application to compose with the talent bank's (see composeRefusalRecorders).
 */
@Module({
  imports: [CasesModule, TalentBankModule, JobcardJobsModule, TypeOrmModule.forFeature([...jobcardEntities])],
  providers: [
    JobcardAccessLogService,
    JobcardAccessLogQueries,
    JobcardAccessLogResolver,
    UserJobcardWorkResolver,
    JobcardRefusalRecorder,
    SheetReadLogger,
    EvaluationSheetCommandRunner,
    EvaluationSheetQueryService,
    CreateEvaluationSheetService,
    UpdateEvaluationSheetService,
    RecordEvaluationService,
    AdvanceEvaluationService,
    EvaluationSheetsResolver,
    CaseEvaluationSheetsResolver,
    RegistrantEvaluationSheetsResolver,
    SkillsDevelopmentStageGuard,
    JobcardClock,
    JobcardRecords,
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
  controllers: [EvaluationSheetExportController, DispatchReportExportController],
  exports: [JobcardRefusalRecorder, TrainingPlanRefusalRecorder],
})
export class JobcardModule implements OnModuleInit {
  constructor(
    private readonly stageGuards: CaseStageGuards,
    private readonly skillsDevelopment: SkillsDevelopmentStageGuard,
  ) {}

  /** A skills-development secondment needs its evaluation targets before STEP5 and its final one before completion. */
  onModuleInit(): void {
    this.stageGuards.register(this.skillsDevelopment);
  }
}
