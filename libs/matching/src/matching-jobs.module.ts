import { Module } from '@nestjs/common';
import { AssignmentModule } from './assignment/assignment.module';

/**
 * What apps/worker runs of this module: batch assignment runs and the nightly whole-country run, which need the
 * assignment services (the API imports MatchingModule, which includes them).
 */
@Module({ imports: [AssignmentModule] })
export class MatchingJobsModule {}
