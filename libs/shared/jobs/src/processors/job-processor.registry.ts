import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JobProcessorMetadata, type JobHandler, type JobProcessorTarget } from '../job-processor.decorator';

/** Every `@JobProcessor` provider of the application, by queue and job name. */
@Injectable()
export class JobProcessorRegistry {
  private byQueue: Map<string, Map<string, JobHandler>> | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  /** The handler for `name` on `queue`, or null when no module of this process provides one. */
  find(queue: string, name: string): JobHandler | null {
    return this.load().get(queue)?.get(name) ?? null;
  }

  /** Queues with at least one processor, each with its job names. */
  queues(): { queue: string; jobNames: string[] }[] {
    return [...this.load()].map(([queue, handlers]) => ({ queue, jobNames: [...handlers.keys()] }));
  }

  // Lazy: provider instances exist only once Nest has finished instantiating the module graph.
  private load(): Map<string, Map<string, JobHandler>> {
    if (this.byQueue) return this.byQueue;
    const byQueue = new Map<string, Map<string, JobHandler>>();
    for (const wrapper of this.discovery.getProviders({ metadataKey: JobProcessorMetadata.KEY })) {
      const target = this.discovery.getMetadataByDecorator(JobProcessorMetadata, wrapper) as
        JobProcessorTarget | undefined;
      if (!target) continue;
      const label = `${wrapper.name} (@JobProcessor ${target.queue}/${target.name})`;
      if (!wrapper.isDependencyTreeStatic()) {
        throw new Error(`${label} must be a singleton provider: jobs run outside any request.`);
      }
      const handler = wrapper.instance as Partial<JobHandler> | undefined;
      if (!handler || typeof handler.handle !== 'function') {
        throw new Error(`${label} must implement JobHandler (an async handle(data, context) method).`);
      }
      const handlers = byQueue.get(target.queue) ?? new Map<string, JobHandler>();
      const existing = handlers.get(target.name);
      if (existing && existing !== handler) {
        throw new Error(`${label}: another provider already processes ${target.queue}/${target.name}.`);
      }
      handlers.set(target.name, handler as JobHandler);
      byQueue.set(target.queue, handlers);
    }
    this.byQueue = byQueue;
    return byQueue;
  }
}
