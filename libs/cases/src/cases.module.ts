import { UserEntity } from '@kakehashi/identity';
import { OffersModule } from '@kakehashi/offers';
import { OrganisationsModule } from '@kakehashi/organisations';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchDecisionEntity } from '@kakehashi/matching';
import { BOARD_PROVIDERS } from './board/board.providers';
import { CASE_ENTITIES } from './case-entities';
import { CASE_WORKFLOW_PROVIDERS } from './case-workflow.providers';
import { CaseRemindersModule } from './follow-ups/case-reminders.module';
import { FOLLOW_UP_PROVIDERS } from './follow-ups/follow-ups.providers';

/**
 * Cases: the secondment and transfer workflow, establishments, history, follow-ups and the board. The API imports
 * it; the worker imports only the reminders' module.
 */
@Module({
  imports: [
    OrganisationsModule,
    OffersModule,
    CaseRemindersModule,
    TypeOrmModule.forFeature([...CASE_ENTITIES, MatchDecisionEntity, UserEntity]),
  ],
  providers: [...CASE_WORKFLOW_PROVIDERS, ...FOLLOW_UP_PROVIDERS, ...BOARD_PROVIDERS],
})
export class CasesModule {}
