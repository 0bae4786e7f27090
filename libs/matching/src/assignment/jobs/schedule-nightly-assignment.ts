import { JobName, QueueName, ScheduledJobService } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';

export const NIGHTLY_ASSIGNMENT_SCHEDULER_ID = 'matching-nightly-assignment';

/** The nightly whole-country run, on MATCHING_NIGHTLY_CRON (empty removes it). */
@Injectable()
export class ScheduleNightlyAssignment extends ScheduledJobService({
  queue: QueueName.MATCHING,
  name: JobName.NIGHTLY_ASSIGNMENT,
  schedulerId: NIGHTLY_ASSIGNMENT_SCHEDULER_ID,
  envName: 'MATCHING_NIGHTLY_CRON',
  label: 'Nightly assignment',
  title: '夜間の一括マッチング（全国）',
  cronOf: (config) => config.matchingNightlyCron,
  logContext: 'Assignment',
}) {}
