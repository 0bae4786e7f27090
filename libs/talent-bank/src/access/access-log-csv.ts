// The access log as a CSV file for administrators: UTF-8 with a BOM (so Excel reads the Japanese), CRLF line ends,
// every cell quoted. Labels are the API's own (roles, actions, outcomes); times are Japan time.
import { ROLE_LABELS, type Role } from '@kakehashi/authz';
import type { AccessLogEntity } from './access-log.entity';
import { ACCESS_ACTION_LABELS, ACCESS_OUTCOME_LABELS } from '../talent-bank-enums';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const HEADER = [
  '日時',
  '利用者',
  'メールアドレス',
  'ロール',
  '種類',
  '操作',
  '登録者ID',
  '読み取った項目',
  '結果',
  '拒否の理由',
  '接続元',
];

const JAPAN_TIME = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** A cell as CSV: quoted, quotes doubled; a leading = + - @ is kept as text so a spreadsheet never runs it. */
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export interface AccessLogActor {
  name: string;
  email: string;
}

export function accessLogCsv(
  rows: readonly AccessLogEntity[],
  actors: ReadonlyMap<string, AccessLogActor>,
): Buffer {
  const lines = [
    HEADER,
    ...rows.map((row) => {
      const actor = actors.get(row.actorUserId);
      return [
        JAPAN_TIME.format(row.occurredAt),
        actor?.name ?? '',
        actor?.email ?? '',
        ROLE_LABELS[row.actorRole as Role] ?? row.actorRole,
        ACCESS_ACTION_LABELS[row.action],
        row.operation,
        row.registrantId ?? '',
        row.fields.join(' '),
        ACCESS_OUTCOME_LABELS[row.outcome],
        row.denialReason ?? '',
        row.clientIp ?? '',
      ];
    }),
  ];
  return Buffer.from(`\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`, 'utf8');
}
