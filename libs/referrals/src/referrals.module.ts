import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REFERRAL_ENTITIES } from './referral-entities';

/**
 * Partners' referrals of client companies: the path from a branch's draft to the outcome, duplicate detection, bulk
 * upload and notifications. Every read and write runs in a transaction scoped for row-level security.
 */
@Module({
  imports: [TypeOrmModule.forFeature([...REFERRAL_ENTITIES])],
  providers: [],
  exports: [],
})
export class ReferralsModule {}
