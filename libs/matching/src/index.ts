export * from './settings/matching-settings.entity';
export * from './decisions/match-decision.entity';
export * from './assignment/assignment-run.entity';
export * from './assignment/assignment-proposal.entity';
export * from './engine/factor-weights';
export * from './engine/match-profile';
export * from './engine/match-explanation';
export * from './engine/match-index.contract';
export { MatchingModule } from './matching.module';
export { MatchingCoreModule } from './matching-core.module';
export { MatchEngine, OCCUPATION_AFFINITIES, occupationAffinityReason } from './engine';
export { MatchProfileLoader } from './profiles/match-profile.loader';
export { LiveMatchIndex } from './live-index/live-match-index.service';
export {
  MATCH_INDEX_RETRY_DELAYS_MS,
  type MatchIndexFailure,
  type MatchIndexStatus,
} from './live-index/match-index-status';
export * from './assignment';
export { MatchingSettingsService, type StoredMatchingSettings } from './settings/matching-settings.service';
export { seedDemoMatchDecisions } from './seed/seed-demo-match-decisions';
export { ReceivingOfferMatchModel, SendingOfferMatchModel } from './matches/match.models';
export { seedDemoAssignmentRun } from './seed/seed-demo-assignment-run';
export { MatchingException, MatchingExceptionCode, MATCHING_API_ERRORS } from './matching.exception';
export { MatchingJobsModule } from './matching-jobs.module';
