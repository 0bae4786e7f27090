export * from './referral-enums';
export * from './referral-entities';
export * from './entities/referral.entity';
export * from './entities/referral-event.entity';
export * from './entities/referral-note.entity';
export * from './entities/referral-duplicate.entity';
export * from './entities/referral-import.entity';
export { databaseScopeOf } from './referral-scope';
export { ReferralsModule } from './referrals.module';
