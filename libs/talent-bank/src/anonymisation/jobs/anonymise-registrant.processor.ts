import { JobName, JobProcessor, QueueName, type JobHandler } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';
import type { AnonymiseJobData } from '../anonymisation-jobs';
import { AnonymiseRegistrantService, type AnonymiseOutcome } from '../anonymise-registrant.service';

/** A closed registration's retention period ended. */
@Injectable()
@JobProcessor(QueueName.TALENT_BANK, JobName.TALENT_BANK_ANONYMISE)
export class AnonymiseRegistrantProcessor implements JobHandler<AnonymiseJobData> {
  constructor(private readonly anonymiser: AnonymiseRegistrantService) {}

  async handle(data: AnonymiseJobData): Promise<{ outcome: AnonymiseOutcome }> {
    return { outcome: await this.anonymiser.anonymise(data.registrantId) };
  }
}
