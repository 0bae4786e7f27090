import type { LoggerService } from '@nestjs/common';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { FindMatchesService } from '../../matches/services/find-matches.service';
import {
  insertCompany,
  insertReceivingOffer,
  insertSendingOffer,
  matchingTestingModule,
} from '../../__tests__/matching-test-kit';
import { LiveMatchIndex } from '../live-match-index.service';

/** Nest's log lines, kept to count the index's loads. */
class LogLines implements LoggerService {
  readonly lines: { level: string; message: unknown; params: unknown[] }[] = [];
  log = (message: unknown, ...params: unknown[]) => this.lines.push({ level: 'log', message, params });
  error = (message: unknown, ...params: unknown[]) => this.lines.push({ level: 'error', message, params });
  warn = (message: unknown, ...params: unknown[]) => this.lines.push({ level: 'warn', message, params });
  loads = () => this.lines.filter((l) => l.params.includes('Match index loaded')).length;
}

async function until<T>(read: () => T, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the live match index loads when the application starts', () => {
  let moduleRef: TestingModule | undefined;

  afterEach(async () => {
    await moduleRef?.close();
    moduleRef = undefined;
  });

  it('is loaded, with the offers already committed, without any ranking request', async () => {
    // Inserted through a module of its own, before the module under test exists.
    const setup = await matchingTestingModule();
    const ds = setup.get(DataSource);
    const companyId = await insertCompany(ds, { prefectureCode: '36' });
    const sendingId = await insertSendingOffer(ds, { companyId, officeCode: '36' });
    const receivingId = await insertReceivingOffer(ds, {
      companyId,
      officeCode: '36',
      workplacePrefectureCode: '36',
    });
    await setup.close();

    const logs = new LogLines();
    moduleRef = await matchingTestingModule([], logs);
    const index = moduleRef.get(LiveMatchIndex);
    const status = await until(
      () => index.status(),
      (s) => s.state === 'ready',
    );

    expect(status).toMatchObject({ state: 'ready', loadMs: expect.any(Number) });
    if (status.state !== 'ready') throw new Error('not ready');
    expect(status.sending).toBeGreaterThanOrEqual(1);
    expect(status.receiving).toBeGreaterThanOrEqual(1);
    expect(logs.loads()).toBe(1);
    // Read from the engine the load built (current() only applies the changes since, it does not load again).
    const engine = await index.current();
    expect(engine.getSending(sendingId)?.id).toBe(sendingId);
    expect(engine.getReceiving(receivingId)?.id).toBe(receivingId);
    expect(logs.loads()).toBe(1);
  });

  it('lets a ranking that arrives during the load wait for that same load', async () => {
    const setup = await matchingTestingModule();
    const ds = setup.get(DataSource);
    const companyId = await insertCompany(ds, { prefectureCode: '37' });
    const sendingId = await insertSendingOffer(ds, { companyId, officeCode: '37' });
    await insertReceivingOffer(ds, { companyId, officeCode: '37', workplacePrefectureCode: '37' });
    await setup.close();

    const logs = new LogLines();
    moduleRef = await matchingTestingModule([], logs);
    const index = moduleRef.get(LiveMatchIndex);
    // Asked at once: the load began at init and is still waiting for the database.
    expect(index.status().state).toBe('loading');
    const result = await moduleRef.get(FindMatchesService).forSendingOffer(sendingId, 5);

    expect(result.counterpartsIndexed).toBeGreaterThan(0);
    // Ready once the warm-up ranking after the load is done; still the one load.
    expect(
      await until(
        () => index.status().state,
        (state) => state === 'ready',
      ),
    ).toBe('ready');
    expect(logs.loads()).toBe(1);
  });
});
