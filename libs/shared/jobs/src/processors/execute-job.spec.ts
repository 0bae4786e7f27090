import type { Logger } from '@nestjs/common';
import type { JobHandler } from '../job-processor.decorator';
import { executeJob, type JobRun } from './execute-job';

function recordingLogger() {
  const lines: { level: string; message: string }[] = [];
  const at =
    (level: string) =>
    (_fields: unknown, message: string): void => {
      lines.push({ level, message });
    };
  const logger = { log: at('info'), debug: at('debug'), warn: at('warn'), error: at('error') };
  return { logger: logger as unknown as Logger, lines };
}

const run = (attempt = 1, maxAttempts = 1): JobRun => ({
  queue: 'statistics',
  name: 'statistics.drain',
  id: 'job-1',
  attempt,
  maxAttempts,
  data: {},
  updateProgress: async () => undefined,
});

describe('executeJob logging', () => {
  it('logs an ordinary job’s start and completion at info', async () => {
    const { logger, lines } = recordingLogger();
    const handler: JobHandler = { handle: async () => 'done' };
    await expect(executeJob(logger, handler, run())).resolves.toBe('done');
    expect(lines).toEqual([
      { level: 'info', message: 'Job started' },
      { level: 'info', message: 'Job completed' },
    ]);
  });

  it('logs a frequent job’s start and completion at debug, so a two-second schedule stays out of the info log', async () => {
    const { logger, lines } = recordingLogger();
    const handler: JobHandler = { frequent: true, handle: async () => 'done' };
    await executeJob(logger, handler, run());
    expect(lines).toEqual([
      { level: 'debug', message: 'Job started' },
      { level: 'debug', message: 'Job completed' },
    ]);
  });

  it('still reports a frequent job’s failures as a warning, and as an error on the last attempt', async () => {
    const { logger, lines } = recordingLogger();
    const handler: JobHandler = {
      frequent: true,
      handle: async () => {
        throw new Error('database gone');
      },
    };
    await expect(executeJob(logger, handler, run(1, 2))).rejects.toThrow('database gone');
    await expect(executeJob(logger, handler, run(2, 2))).rejects.toThrow('database gone');
    expect(lines.filter((l) => l.level !== 'debug')).toEqual([
      { level: 'warn', message: 'Job attempt failed; it will be retried' },
      { level: 'error', message: 'Job failed' },
    ]);
  });
});

describe('executeJob and the job’s end', () => {
  function recordingLeases() {
    const events: string[] = [];
    const leases = {
      hold: async (r: JobRun) => {
        events.push(`hold ${r.id}`);
        return { stop: () => events.push('stop') };
      },
      release: async (r: JobRun) => {
        events.push(`release ${r.id}`);
      },
    };
    return { leases, events };
  }

  it('tells the handler only when the last attempt fails, then releases the lease', async () => {
    const { logger } = recordingLogger();
    const { leases, events } = recordingLeases();
    const failures: unknown[] = [];
    const handler: JobHandler = {
      handle: async () => {
        throw new Error('database gone');
      },
      onFailed: async (data, failure) => {
        failures.push({ data, failure });
      },
    };
    await expect(executeJob(logger, handler, run(1, 2), leases)).rejects.toThrow('database gone');
    expect(failures).toEqual([]);
    expect(events).toEqual(['hold job-1', 'stop']);

    await expect(executeJob(logger, handler, run(2, 2), leases)).rejects.toThrow('database gone');
    expect(failures).toEqual([{ data: {}, failure: { kind: 'error', reason: 'database gone' } }]);
    expect(events.slice(2)).toEqual(['hold job-1', 'stop', 'release job-1', 'stop']);
  });

  it('still rethrows the job’s error when recording its failure fails', async () => {
    const { logger, lines } = recordingLogger();
    const handler: JobHandler = {
      handle: async () => {
        throw new Error('database gone');
      },
      onFailed: async () => {
        throw new Error('still gone');
      },
    };
    await expect(executeJob(logger, handler, run(1, 1))).rejects.toThrow('database gone');
    expect(lines).toContainEqual({ level: 'error', message: 'Could not record the job’s failure' });
  });

  it('leases an ordinary job until it completes, but not a frequent one', async () => {
    const { logger } = recordingLogger();
    const { leases, events } = recordingLeases();
    await executeJob(logger, { handle: async () => 'done' }, run(), leases);
    expect(events).toEqual(['hold job-1', 'stop', 'release job-1', 'stop']);
    await executeJob(logger, { frequent: true, handle: async () => 'done' }, run(), leases);
    expect(events).toHaveLength(4);
  });
});
