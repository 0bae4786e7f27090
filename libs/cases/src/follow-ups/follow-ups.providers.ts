import type { Provider } from '@nestjs/common';
import { CaseFollowUpFieldsResolver } from './case-follow-up-fields.resolver';
import { FollowUpSettingsResolver } from './follow-up-settings.resolver';
import { FollowUpsResolver } from './follow-ups.resolver';
import { MyTasksService } from './services/my-tasks.service';
import { RecordFollowUpService } from './services/record-follow-up.service';
import { UpdateFollowUpSettingsService } from './services/update-follow-up-settings.service';

/**
 * The API side of follow-ups (CasesModule's providers): recording a follow-up, the task lists, the settings and the
 * Case type's followUps and tasks. The jobs are CasesJobsModule's, which CasesModule imports.
 */
export const FOLLOW_UP_PROVIDERS: Provider[] = [
  RecordFollowUpService,
  MyTasksService,
  UpdateFollowUpSettingsService,
  FollowUpsResolver,
  FollowUpSettingsResolver,
  CaseFollowUpFieldsResolver,
];
