import { CaseEntity } from './cases/case.entity';
import { CaseEstablishmentEntity } from './establishments/case-establishment.entity';
import { CaseFollowUpEntity } from './follow-ups/case-follow-up.entity';
import { CaseTaskEntity } from './follow-ups/case-task.entity';
import { FollowUpSettingsEntity } from './follow-ups/follow-up-settings.entity';
import { CaseHistoryEntity } from './history/case-history.entity';

export const CASE_ENTITIES = [
  CaseEntity,
  CaseEstablishmentEntity,
  CaseHistoryEntity,
  CaseFollowUpEntity,
  CaseTaskEntity,
  FollowUpSettingsEntity,
];
