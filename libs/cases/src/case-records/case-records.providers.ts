import type { Provider } from '@nestjs/common';
import { CaseRecordsResolver } from './case-records.resolver';
import { RecordCaseSectionService } from './services/record-case-section.service';
import { RecordCaseWorkersService } from './services/record-case-workers.service';
import { UpdateCaseTeamService } from './services/update-case-team.service';

/** The stage records of a case: its team, workers and sections. */
export const CASE_RECORDS_PROVIDERS: Provider[] = [
  UpdateCaseTeamService,
  RecordCaseWorkersService,
  RecordCaseSectionService,
  CaseRecordsResolver,
];
