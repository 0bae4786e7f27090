import { QueueName } from '@kakehashi/jobs';
import { runWorker } from './__tests__/run-worker';

describe('apps/worker main (with PostgreSQL and Redis)', () => {
  it('starts, says which queues it consumes, and shuts down on SIGTERM', async () => {
    const worker = runWorker({
      DATABASE_URL: process.env['DATABASE_URL'] ?? '',
      REDIS_URL: process.env['REDIS_URL'] ?? '',
      REDIS_PREFIX: process.env['REDIS_PREFIX'] ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
    });
    try {
      await worker.waitForOutput(/Kakehashi worker started/, 60_000);
      const started = worker
        .output()
        .stdout.split('\n')
        .find((line) => line.includes('Kakehashi worker started'))!;
      expect(JSON.parse(started)).toMatchObject({
        service: 'kakehashi-worker',
        queues: expect.arrayContaining([expect.objectContaining({ queue: QueueName.MAINTENANCE })]),
      });

      worker.kill('SIGTERM');
      // Nest closes the application, then re-raises the signal so the exit status still says why it stopped.
      await expect(worker.exited).resolves.toBe('SIGTERM');
      expect(worker.output().stdout).toContain('Stopped consuming queues');
      expect(worker.output().stderr).toBe('');
    } finally {
      worker.kill('SIGKILL');
    }
  }, 90_000);
});
