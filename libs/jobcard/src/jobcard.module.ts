import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { jobcardEntities } from './jobcard-entities';

/**
 * The Job Card (docs/jobcard): evaluation sheets, fixed-term training plans with their logs and eligibility, subsidy
 * estimates, the RETRY catalogue and the dispatch career-up report. The rules are plain functions in each feature's
 * `rules/`; the services load, authorise, apply them and write.
 */
@Module({
  imports: [TypeOrmModule.forFeature([...jobcardEntities])],
  providers: [],
  exports: [],
})
export class JobcardModule {}
