import { runWorker } from './__tests__/run-worker';

describe('apps/worker main', () => {
  it('refuses to start without REDIS_URL, naming it', async () => {
    const worker = runWorker({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused', NODE_ENV: 'test' });

    await expect(worker.exited).resolves.toBe(1);
    const { stderr } = worker.output();
    expect(stderr).toContain('Kakehashi worker cannot start.');
    expect(stderr).toContain('REDIS_URL: is required by the worker');
    expect(stderr).not.toContain('DATABASE_URL');
  });

  it('refuses to start without DATABASE_URL and REDIS_URL, naming both at once', async () => {
    const worker = runWorker({ NODE_ENV: 'test' });

    await expect(worker.exited).resolves.toBe(1);
    const { stderr } = worker.output();
    expect(stderr).toContain('DATABASE_URL: is required by the worker (it has no embedded database)');
    expect(stderr).toContain('REDIS_URL: is required by the worker');
  });
});
