import { CasesModule, CaseStageGuards } from '@kakehashi/cases';
import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobcardAccessLogQueries } from './access/jobcard-access-log.queries';
import { JobcardAccessLogResolver } from './access/jobcard-access-log.resolver';
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

/**
 * The Job Card (docs/jobcard): evaluation sheets, fixed-term training plans with their logs and eligibility, subsidy
 * estimates, the RETRY catalogue and the dispatch career-up report. The rules are plain functions in each feature's
 * `rules/`; the services load, authorise, apply them and write. Its refusal recorder is exported for the application
 * to compose with the talent bank's (see composeRefusalRecorders).
 */
@Module({
  imports: [CasesModule, JobcardJobsModule, TypeOrmModule.forFeature([...jobcardEntities])],
  providers: [
    JobcardAccessLogService,
    JobcardAccessLogQueries,
    JobcardAccessLogResolver,
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
  ],
  controllers: [EvaluationSheetExportController],
  exports: [JobcardRefusalRecorder],
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
