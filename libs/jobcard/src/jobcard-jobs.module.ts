import { TalentBankJobsModule } from '@kakehashi/talent-bank';
import { Module } from '@nestjs/common';
import { JobcardRegistrantErasure } from './anonymisation/registrant-erasure.hook';

/**
 * The Job Card's part in background work, for apps/worker (JobcardModule imports it for the API): when the talent
 * bank anonymises a registration, the registrant's name on evaluation sheets and plans goes with it.
 */
@Module({
  imports: [TalentBankJobsModule],
  providers: [JobcardRegistrantErasure],
})
export class JobcardJobsModule {}
