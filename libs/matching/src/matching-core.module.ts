import { ReceivingOfferEntity, SendingOfferEntity } from '@kakehashi/offers';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssignmentProposalEntity } from './assignment/assignment-proposal.entity';
import { AssignmentRunEntity } from './assignment/assignment-run.entity';
import { MatchDecisionEntity } from './decisions/match-decision.entity';
import { MatchProfileLoader } from './profiles/match-profile.loader';
import { MatchingSettingsEntity } from './settings/matching-settings.entity';
import { MatchingSettingsService } from './settings/matching-settings.service';

/** What both the API's match queries and batch assignment need: the entities, profile loading and settings. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      SendingOfferEntity,
      ReceivingOfferEntity,
      MatchingSettingsEntity,
      MatchDecisionEntity,
      AssignmentRunEntity,
      AssignmentProposalEntity,
    ]),
  ],
  providers: [MatchProfileLoader, MatchingSettingsService],
  exports: [TypeOrmModule, MatchProfileLoader, MatchingSettingsService],
})
export class MatchingCoreModule {}
