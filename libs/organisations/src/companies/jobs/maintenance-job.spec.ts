import { assertValidJobId, JobName, QueueName } from '@kakehashi/jobs';
import { rebuildCompanySearchKeysJobId } from './company-maintenance.resolver';
import { MaintenanceJobState, toMaintenanceJobModel } from './maintenance-job.model';

describe('rebuildCompanySearchKeysJobId', () => {
  it('is the same within a minute (a double click queues one job) and differs the next minute', () => {
    const a = rebuildCompanySearchKeysJobId(new Date('2026-11-21T05:48:01Z'));
    expect(rebuildCompanySearchKeysJobId(new Date('2026-11-21T05:48:59Z'))).toBe(a);
    expect(rebuildCompanySearchKeysJobId(new Date('2026-11-21T05:49:00Z'))).not.toBe(a);
  });

  it('is an id both job drivers accept', () => {
    expect(() => assertValidJobId(rebuildCompanySearchKeysJobId(new Date()))).not.toThrow();
  });
});

describe('toMaintenanceJobModel', () => {
  it('shows the state as a GraphQL enum value and the result as JSON', () => {
    expect(
      toMaintenanceJobModel({
        id: 'j',
        queue: QueueName.MAINTENANCE,
        name: JobName.REBUILD_COMPANY_SEARCH_KEYS,
        state: 'completed',
        progress: 99.6,
        attemptsMade: 1,
        failedReason: null,
        result: { scanned: 2, updated: 1 },
      }),
    ).toEqual({
      id: 'j',
      name: JobName.REBUILD_COMPANY_SEARCH_KEYS,
      state: MaintenanceJobState.COMPLETED,
      progress: 100,
      attemptsMade: 1,
      failedReason: null,
      result: '{"scanned":2,"updated":1}',
    });
  });
});
