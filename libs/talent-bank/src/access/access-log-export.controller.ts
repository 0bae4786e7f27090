import { Roles } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { attachmentDisposition, BadUserInputError } from '@kakehashi/graphql-core';
import { UserEntity } from '@kakehashi/identity';
import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AccessLogQueryService } from './access-log-query.service';
import { accessLogCsv, CSV_CONTENT_TYPE } from './access-log-csv';
import { AccessLogExportQuery, filterOfAccessLogExport } from './dtos/access-log-export.query';
import { ACCESS_LOG_READERS } from '../talent-bank-roles';

/** At most this many entries in one file: a larger period is refused with a request to narrow it. */
export const MAX_ACCESS_LOG_EXPORT_ROWS = 50_000;

/**
 * The access log as CSV (`GET /talent-bank/access-log/export?from=…&to=…&outcome=…&action=…`), filtered as the
 * administrator's list shows it. Behind the global AuthGuard (the browser's session cookie from the API's own origin,
 * or a bearer token), administrators only. It holds no registrant's personal data, as the log itself holds none.
 */
@Controller('talent-bank/access-log/export')
export class AccessLogExportController {
  constructor(
    private readonly log: AccessLogQueryService,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  @Get()
  @Roles(...ACCESS_LOG_READERS)
  @Header('Cache-Control', 'no-store')
  async export(@Query() query: AccessLogExportQuery): Promise<StreamableFile> {
    const rows = await this.log.listAll(filterOfAccessLogExport(query), MAX_ACCESS_LOG_EXPORT_ROWS + 1);
    if (rows.length > MAX_ACCESS_LOG_EXPORT_ROWS) {
      throw new BadUserInputError([
        {
          field: 'from',
          message: `一度に出力できるのは${MAX_ACCESS_LOG_EXPORT_ROWS.toLocaleString('ja-JP')}件までです。期間で絞り込んでください。`,
        },
      ]);
    }
    const ids = [...new Set(rows.map((row) => row.actorUserId))];
    const actors = ids.length ? await this.users.findBy({ id: In(ids) }) : [];
    const content = accessLogCsv(rows, new Map(actors.map((user) => [user.id, user])));
    const day = todayInJapan().replaceAll('-', '');
    return new StreamableFile(content, {
      type: CSV_CONTENT_TYPE,
      disposition: attachmentDisposition(`アクセス記録_${day}.csv`, `access-log_${day}.csv`),
      length: content.length,
    });
  }
}
