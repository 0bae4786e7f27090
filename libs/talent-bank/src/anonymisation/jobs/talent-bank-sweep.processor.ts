import { JobName, JobProcessor, QueueName, type JobHandler } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';
import type { SweepJobData } from '../anonymisation-jobs';
import { TalentBankSweepService, type SweepOutcome } from '../talent-bank-sweep.service';

/** The daily expiry and anonymisation sweep (see ScheduleTalentBankSweep). */
@Injectable()
@JobProcessor(QueueName.TALENT_BANK, JobName.TALENT_BANK_SWEEP)
export class TalentBankSweepProcessor implements JobHandler<SweepJobData> {
  constructor(private readonly sweeps: TalentBankSweepService) {}

  handle(data: SweepJobData): Promise<SweepOutcome> {
    return this.sweeps.sweep({ registrantIds: data.registrantIds });
  }
}
