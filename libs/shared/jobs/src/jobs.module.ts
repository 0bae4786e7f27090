import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullMqJobQueue } from './drivers/bullmq-job-queue';
import { InProcessJobQueue } from './drivers/in-process-job-queue';
import { JobQueue } from './job-queue';
import { JOBS_MODULE_OPTIONS, type JobsModuleOptions } from './jobs.options';
import { JobProcessorRegistry } from './processors/job-processor.registry';
import { JobLeases } from './recovery/job-leases';
import { JobRecoveryService } from './recovery/job-recovery.service';

/**
 * Provides `JobQueue` everywhere: BullMQ when a Redis URL is given, the in-process runner otherwise. Handlers are the
 * `@JobProcessor` providers of any module of the application. With a database (TypeORM's DataSource), running jobs
 * hold leases and JobRecoveryService resumes or fails those their queue lost.
 */
@Module({})
export class JobsModule {
  static forRoot(options: JobsModuleOptions): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: JOBS_MODULE_OPTIONS, useValue: options },
        JobProcessorRegistry,
        JobLeases,
        JobRecoveryService,
        { provide: JobQueue, useClass: options.redisUrl ? BullMqJobQueue : InProcessJobQueue },
      ],
      exports: [JobQueue, JobProcessorRegistry, JobRecoveryService],
    };
  }
}
