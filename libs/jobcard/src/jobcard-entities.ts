import { JobcardAccessLogEntity } from './access/jobcard-access-log.entity';
import { EvaluationSheetEntity } from './evaluation-sheets/evaluation-sheet.entity';
import { RetryNoteEntity } from './retry/retry-note.entity';
import { SubsidyEstimateEntity } from './subsidies/subsidy-estimate.entity';
import { TrainingPlanEntity } from './training-plans/training-plan.entity';

// The Job Card's tables (prisma/migrations/20261210090000_jobcard), one entity each.
export const jobcardEntities = [
  EvaluationSheetEntity,
  TrainingPlanEntity,
  SubsidyEstimateEntity,
  RetryNoteEntity,
  JobcardAccessLogEntity,
];
