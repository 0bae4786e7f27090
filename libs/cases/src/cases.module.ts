import { UserEntity } from '@kakehashi/identity';
import { OffersModule } from '@kakehashi/offers';
import { OrganisationsModule } from '@kakehashi/organisations';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchDecisionEntity } from '@kakehashi/matching';
import { BOARD_PROVIDERS } from './board/board.providers';
import { CASE_ENTITIES } from './case-entities';
import { CASE_RECORDS_PROVIDERS } from './case-records/case-records.providers';
import { CASES_PROVIDERS } from './cases/cases.providers';
import { ESTABLISHMENTS_PROVIDERS } from './establishments/establishments.providers';
import { TIMELINE_PROVIDERS } from './timeline/timeline.providers';
import { TRANSITIONS_PROVIDERS } from './transitions/transitions.providers';
import { CasesJobsModule } from './cases-jobs.module';
import { FOLLOW_UP_PROVIDERS } from './follow-ups/follow-ups.providers';
import { CaseStageGuards } from './workflow/case-stage-guards';

/**
 * Cases: the secondment and transfer workflow, establishments, history, follow-ups and the board. The API imports
 * it; the worker imports only the reminders' module.
 */
@Module({
  imports: [
    OrganisationsModule,
    OffersModule,
    CasesJobsModule,
    TypeOrmModule.forFeature([...CASE_ENTITIES, MatchDecisionEntity, UserEntity]),
  ],
  providers: [
    ...CASES_PROVIDERS,
    ...CASE_RECORDS_PROVIDERS,
    ...TRANSITIONS_PROVIDERS,
    ...ESTABLISHMENTS_PROVIDERS,
    ...TIMELINE_PROVIDERS,
    ...FOLLOW_UP_PROVIDERS,
    ...BOARD_PROVIDERS,
  ],
  // Other modules (the Job Card) add what a case needs before entering a stage, without cases importing them.
  exports: [CaseStageGuards],
})
export class CasesModule {}
