export * from './cron';
export * from './job-ids';
export * from './job-processor.decorator';
export * from './job-queue';
export * from './jobs.module';
export * from './jobs.options';
export { JobProcessorRegistry } from './processors/job-processor.registry';
export * from './queue-names';
export * from './configured-schedule';
