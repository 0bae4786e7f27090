import { JobcardAccessLogEntity } from './access/jobcard-access-log.entity';
import { EvaluationSheetEntity } from './evaluation-sheets/evaluation-sheet.entity';

// The Job Card's tables (prisma/migrations/20261210090000_jobcard), one entity each; filled in as the features land.
export const jobcardEntities = [EvaluationSheetEntity, JobcardAccessLogEntity];
