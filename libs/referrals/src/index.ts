export * from './referral-enums';
export * from './referral-entities';
export * from './entities/referral.entity';
export * from './entities/referral-event.entity';
export * from './entities/referral-note.entity';
export * from './entities/referral-duplicate.entity';
export * from './entities/referral-import.entity';
export { databaseScopeOf } from './referral-scope';
export { ReferralsModule } from './referrals.module';
export { ReferralException, ReferralExceptionCode } from './referral.exception';
export { ReferralTransactions } from './services/referral-transactions';
export { ReferralCommandRunner } from './services/referral-command.runner';
export { recordReferralEvent, type ReferralActor } from './services/referral-events';
export {
  ReferralDuplicateService,
  type DuplicateCandidate,
  type FoundDuplicate,
} from './duplicates/referral-duplicate.service';
export { ReferralNotifier } from './notifications/referral-notifier';
export { ReferralModel, ReferralConnection, toReferralModel } from './models/referral.model';
export * from './imports';
export { seedDemoReferrals } from './seed/seed-demo-referrals';
