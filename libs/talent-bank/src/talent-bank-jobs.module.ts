import { Module } from '@nestjs/common';
import { PersonalDataCipher } from './crypto/personal-data-cipher';
import { TalentBankClock } from './talent-bank-clock';
import { TalentBankSettings } from './talent-bank-settings';
import { AnonymisationScheduler } from './anonymisation/anonymisation.scheduler';
import { AnonymiseRegistrantService } from './anonymisation/anonymise-registrant.service';
import { RegistrantErasureHooks } from './anonymisation/registrant-erasure-hooks';
import { AnonymiseRegistrantProcessor } from './anonymisation/jobs/anonymise-registrant.processor';
import { ScheduleTalentBankSweep } from './anonymisation/jobs/schedule-talent-bank-sweep';
import { TalentBankSweepProcessor } from './anonymisation/jobs/talent-bank-sweep.processor';
import { TalentBankSweepService } from './anonymisation/talent-bank-sweep.service';

/**
 * The talent bank's background work without GraphQL: expiry without contact, anonymisation after the retention period
 * (one delayed job per closed registration, and the daily sweep that catches any job that never ran). Plain SQL only,
 * so apps/worker imports it alone; it needs a TypeORM root connection and the global JobQueue, and reads AppConfig
 * when provided. TalentBankModule imports it for the API.
 */
@Module({
  providers: [
    TalentBankClock,
    TalentBankSettings,
    PersonalDataCipher,
    AnonymisationScheduler,
    AnonymiseRegistrantService,
    RegistrantErasureHooks,
    TalentBankSweepService,
    AnonymiseRegistrantProcessor,
    TalentBankSweepProcessor,
    ScheduleTalentBankSweep,
  ],
  exports: [
    TalentBankClock,
    TalentBankSettings,
    PersonalDataCipher,
    AnonymisationScheduler,
    AnonymiseRegistrantService,
    RegistrantErasureHooks,
    TalentBankSweepService,
  ],
})
export class TalentBankJobsModule {}
