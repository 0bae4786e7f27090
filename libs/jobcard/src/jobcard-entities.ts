import { RetryNoteEntity } from './retry/retry-note.entity';
import { SubsidyEstimateEntity } from './subsidies/subsidy-estimate.entity';
import { TrainingPlanEntity } from './training-plans/training-plan.entity';

// The Job Card's tables (prisma/migrations/20261210090000_jobcard), one entity each; filled in as the features land.
// The access log is written in SQL only (access/jobcard-access-log.service.ts), as the talent bank's is read.
export const jobcardEntities = [TrainingPlanEntity, SubsidyEstimateEntity, RetryNoteEntity];
