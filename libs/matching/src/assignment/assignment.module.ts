import { Module } from '@nestjs/common';
import {
  AssignmentProposalReceivingOfferResolver,
  AssignmentProposalSendingOfferResolver,
} from './assignment-proposal-fields.resolver';
import { MatchingCoreModule } from '../matching-core.module';
import { AssignmentRunResolver } from './assignment-run.resolver';
import { AssignmentInputLoader } from './jobs/assignment-input.loader';
import { NightlyAssignmentProcessor } from './jobs/nightly-assignment.processor';
import { RunAssignmentProcessor } from './jobs/run-assignment.processor';
import { ScheduleNightlyAssignment } from './jobs/schedule-nightly-assignment';
import { AssignmentFingerprintService } from './services/assignment-fingerprint.service';
import { AssignmentRunQueryService } from './services/assignment-run-query.service';
import { AssignmentRunStore } from './services/assignment-run.store';
import { AssignmentScopeService } from './services/assignment-scope.service';
import { CancelAssignmentRunService } from './services/cancel-assignment-run.service';
import { StartAssignmentRunService } from './services/start-assignment-run.service';
import { UserAssignmentResolver } from './user-assignment.resolver';

/**
 * Batch assignment: runs (start, cancel, progress, proposals), their job, and the nightly whole-country run. Needs a
 * TypeORM root connection and the global JobQueue; the nightly schedule also reads AppConfig when provided. Import
 * it in the API (the GraphQL operations; jobs too when there is no Redis) and in apps/worker (the jobs).
 */
@Module({
  imports: [MatchingCoreModule],
  providers: [
    AssignmentScopeService,
    AssignmentFingerprintService,
    AssignmentRunStore,
    AssignmentRunQueryService,
    StartAssignmentRunService,
    CancelAssignmentRunService,
    AssignmentRunResolver,
    AssignmentProposalSendingOfferResolver,
    AssignmentProposalReceivingOfferResolver,
    UserAssignmentResolver,
    AssignmentInputLoader,
    RunAssignmentProcessor,
    NightlyAssignmentProcessor,
    ScheduleNightlyAssignment,
  ],
  exports: [StartAssignmentRunService, AssignmentRunQueryService],
})
export class AssignmentModule {}
