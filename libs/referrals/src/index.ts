export * from './referral-enums';
export * from './referral-entities';
export * from './referrals/referral.entity';
export * from './referrals/referral-event.entity';
export * from './referrals/referral-note.entity';
export * from './duplicates/referral-duplicate.entity';
export * from './imports/referral-import.entity';
export { databaseScopeOf } from './referrals/referral-scope';
export { ReferralsModule } from './referrals.module';
export { ReferralException, ReferralExceptionCode } from './referral.exception';
export { ReferralTransactions } from './referrals/services/referral-transactions';
export { ReferralCommandRunner } from './referrals/services/referral-command.runner';
export { recordReferralEvent, type ReferralActor } from './referrals/services/referral-events';
export {
  ReferralDuplicateService,
  type DuplicateCandidate,
  type FoundDuplicate,
} from './duplicates/referral-duplicate.service';
export { ReferralNotifier } from './notifications/referral-notifier';
export { ReferralModel, ReferralConnection, toReferralModel } from './referrals/referral.model';
export * from './imports';
export { seedDemoReferrals } from './seed/seed-demo-referrals';
