import type { AccessLogEntity } from './access-log.entity';
import { AccessAction, AccessOutcome } from '../talent-bank-enums';
import { accessLogCsv } from './access-log-csv';

const entry = (overrides: Partial<AccessLogEntity>): AccessLogEntity =>
  ({
    id: '1',
    occurredAt: new Date('2026-12-05T15:30:00Z'),
    actorUserId: 'u1',
    actorRole: 'CONSULTANT',
    actorOfficeId: null,
    action: AccessAction.READ,
    operation: 'Query.talentBankRegistrant',
    registrantId: 'r1',
    fields: ['dateOfBirth', 'phone'],
    outcome: AccessOutcome.ALLOWED,
    denialReason: null,
    clientIp: '10.0.0.1',
    ...overrides,
  }) as AccessLogEntity;

describe('accessLogCsv', () => {
  it('writes UTF-8 with a BOM, a Japanese header, Japan time and the API’s labels', () => {
    const csv = accessLogCsv(
      [
        entry({}),
        entry({ id: '2', outcome: AccessOutcome.DENIED, denialReason: 'OTHER_OFFICE', actorUserId: 'u2' }),
      ],
      new Map([['u1', { name: '鈴木 一郎', email: 'suzuki@example.jp' }]]),
    );
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0].startsWith('"日時","利用者","メールアドレス","ロール"')).toBe(true);
    expect(lines[1]).toBe(
      '"2026/12/06 00:30:00","鈴木 一郎","suzuki@example.jp","コンサルタント","閲覧","Query.talentBankRegistrant","r1","dateOfBirth phone","許可","","10.0.0.1"',
    );
    // An account the map does not hold (never in practice) leaves its name empty rather than failing the file.
    expect(lines[2]).toContain('"","","コンサルタント"');
    expect(lines[2]).toContain('"拒否","OTHER_OFFICE"');
    expect(lines[3]).toBe('');
  });

  it('never lets a spreadsheet run a cell as a formula, and doubles quotes', () => {
    const csv = accessLogCsv([entry({ operation: '=HYPERLINK("x")' })], new Map());
    expect(csv.toString('utf8')).toContain('"\'=HYPERLINK(""x"")"');
  });
});
