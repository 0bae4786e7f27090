import { Module } from '@nestjs/common';
import { AssignmentModule } from './assignment/assignment.module';
import {
  MatchDecisionReceivingOfferResolver,
  MatchDecisionSendingOfferResolver,
} from './decisions/match-decision-fields.resolver';
import { MatchDecisionsResolver } from './decisions/match-decisions.resolver';
import { DecideMatchService } from './decisions/services/decide-match.service';
import { MatchDecisionQueryService } from './decisions/services/match-decision-query.service';
import { LiveMatchIndex } from './live-index/live-match-index.service';
import { DEFAULT_RETRY_DELAYS_MS, MATCH_INDEX_RETRY_DELAYS_MS } from './live-index/match-index-status';
import { MatchingCoreModule } from './matching-core.module';
import {
  MatchingPreviewRankFieldsResolver,
  ReceivingOfferMatchFieldsResolver,
  SendingOfferMatchFieldsResolver,
} from './matches/counterpart-fields.resolver';
import { MatchesResolver } from './matches/matches.resolver';
import { FindMatchesService } from './matches/services/find-matches.service';
import { MatchingSettingsResolver } from './settings/matching-settings.resolver';
import { AssignmentProposalDecisionResolver } from './decisions/assignment-proposal-decision.resolver';
import { PreviewMatchingSettingsService } from './settings/preview-matching-settings.service';
import { UpdateMatchingSettingsService } from './settings/update-matching-settings.service';

/**
 * Explained rankings for either side, decisions on suggestions, the engine's settings and batch assignment. The API
 * imports it (the live index lives in each API process and starts loading when the API starts); the worker imports
 * only AssignmentModule, so it never loads one.
 */
@Module({
  imports: [MatchingCoreModule, AssignmentModule],
  providers: [
    LiveMatchIndex,
    { provide: MATCH_INDEX_RETRY_DELAYS_MS, useValue: DEFAULT_RETRY_DELAYS_MS },
    FindMatchesService,
    MatchesResolver,
    ReceivingOfferMatchFieldsResolver,
    SendingOfferMatchFieldsResolver,
    DecideMatchService,
    MatchDecisionQueryService,
    MatchDecisionsResolver,
    MatchDecisionSendingOfferResolver,
    MatchDecisionReceivingOfferResolver,
    AssignmentProposalDecisionResolver,
    UpdateMatchingSettingsService,
    MatchingSettingsResolver,
    PreviewMatchingSettingsService,
    MatchingPreviewRankFieldsResolver,
  ],
  exports: [LiveMatchIndex],
})
export class MatchingModule {}
