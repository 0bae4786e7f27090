import { Module } from '@nestjs/common';
import { JobSchedulesResolver } from './job-schedules.resolver';

/** The read-only `jobSchedules` query over the schedules every domain library declared. */
@Module({ providers: [JobSchedulesResolver] })
export class JobSchedulesModule {}
