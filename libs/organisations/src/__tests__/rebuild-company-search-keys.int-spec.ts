import { Role } from '@kakehashi/authz';
import { JobName, JobQueue, QueueName, type JobStatus } from '@kakehashi/jobs';
import { companyNameSearchKey } from '@kakehashi/text';
import type { TestingModule } from '@nestjs/testing';
import { RebuildCompanySearchKeysProcessor } from '../companies/jobs/rebuild-company-search-keys.processor';
import {
  companyInput,
  companyServices,
  officeId,
  organisationsTestingModule,
  staffUser,
  uniqueTag,
  type CompanyServices,
} from './test-kit';

describe('rebuild company search keys', () => {
  let moduleRef: TestingModule;
  let s: CompanyServices;
  let processor: RebuildCompanySearchKeysProcessor;
  let tokyo: string;

  beforeAll(async () => {
    // Workers on: the last test runs the job through the queue, as apps/worker would.
    moduleRef = await organisationsTestingModule({ runJobs: true });
    s = companyServices(moduleRef);
    processor = moduleRef.get(RebuildCompanySearchKeysProcessor);
    tokyo = await officeId(s.dataSource, '13');
  });
  afterAll(() => moduleRef.close());

  const run = async () => {
    const progress: number[] = [];
    const result = await processor.handle(
      {},
      { id: 'direct', attempt: 1, updateProgress: async (p) => void progress.push(p) },
    );
    return { result, progress };
  };
  const keysOf = async (where: string, params: unknown[]) =>
    s.dataSource.query(
      `SELECT id, legal_name, legal_name_kana, name_search_key, kana_search_key, version, updated_at
                          FROM companies WHERE ${where} ORDER BY id`,
      params,
    );

  it('fixes corrupted keys across several batches, reports progress, and changes nothing on a second run', async () => {
    const tag = uniqueTag();
    const hq = staffUser(Role.HQ_COORDINATOR);
    const edited = await s.writes.create(
      hq,
      companyInput({ legalName: `株式会社${tag}精機`, legalNameKana: 'セイキ', owningOfficeId: tokyo }),
    );
    await s.dataSource.query(
      `UPDATE companies SET name_search_key = '壊れたキー', kana_search_key = 'x' WHERE id = $1`,
      [edited.id],
    );
    // More rows than one batch, all with keys as an older normalisation would have stored them.
    const bulk = RebuildCompanySearchKeysProcessor.BATCH_SIZE + 20;
    await s.dataSource.query(
      `INSERT INTO companies (legal_name, legal_name_kana, name_search_key, kana_search_key, jsic_major_code, prefecture_code,
                              size, owning_office_id, version)
       SELECT '株式会社 ' || $1 || '第' || i || '工場', 'ﾀﾞｲｺｳｼﾞｮｳ', '株式会社 ' || $1 || '第' || i || '工場', '', 'E', '13', 'SME', $2, 1
         FROM generate_series(1, $3::int) AS i`,
      [tag, tokyo, bulk],
    );
    const before = await keysOf('legal_name LIKE $1', [`%${tag}%`]);

    const first = await run();
    // The database is shared by the whole test run: other files' rows may be rebuilt too, never fewer than ours.
    expect(first.result.updated).toBeGreaterThanOrEqual(bulk + 1);
    expect(first.result.scanned).toBeGreaterThanOrEqual(bulk + 1);
    expect(first.progress.length).toBeGreaterThan(2);
    expect(first.progress[first.progress.length - 1]).toBe(100);
    expect([...first.progress].sort((a, b) => a - b)).toEqual(first.progress);

    const after = await keysOf('legal_name LIKE $1', [`%${tag}%`]);
    for (const row of after) {
      expect(row.name_search_key).toBe(companyNameSearchKey(row.legal_name));
      expect(row.kana_search_key).toBe(companyNameSearchKey(row.legal_name_kana ?? ''));
    }
    expect(after.find((r: { id: string }) => r.id === edited.id).name_search_key).toBe(`${tag}精機`);
    // Derived data: no version bump, so edits users have open are not refused because of the rebuild.
    expect(after.map((r: { version: number }) => r.version)).toEqual(
      before.map((r: { version: number }) => r.version),
    );

    // A second run finds nothing of ours to change.
    await run();
    expect(await keysOf('legal_name LIKE $1', [`%${tag}%`])).toEqual(after);
  });

  it('runs through the maintenance queue and reports its result', async () => {
    const hq = staffUser(Role.HQ_COORDINATOR);
    const company = await s.writes.create(hq, companyInput({ owningOfficeId: tokyo }));
    await s.dataSource.query(`UPDATE companies SET name_search_key = 'stale' WHERE id = $1`, [company.id]);

    const jobs = moduleRef.get(JobQueue);
    const { id } = await jobs.enqueue(
      QueueName.MAINTENANCE,
      JobName.REBUILD_COMPANY_SEARCH_KEYS,
      {},
      { jobId: `rebuild-test-${uniqueTag()}` },
    );
    let status: JobStatus | null = null;
    for (let i = 0; i < 200 && status?.state !== 'completed' && status?.state !== 'failed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = await jobs.getJob(QueueName.MAINTENANCE, id);
    }
    expect(status).toMatchObject({ state: 'completed', progress: 100 });
    expect(status?.result).toMatchObject({ updated: expect.any(Number) });
    const [row] = await s.dataSource.query(`SELECT name_search_key FROM companies WHERE id = $1`, [
      company.id,
    ]);
    expect(row.name_search_key).toBe(company.nameSearchKey);
  });
});
