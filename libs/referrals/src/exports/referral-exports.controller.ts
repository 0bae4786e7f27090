import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { attachmentDisposition, BadUserInputError } from '@kakehashi/graphql-core';
import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { REFERRAL_PARTNERS } from '../referrals-roles';
import { ReferralQueryService } from '../referrals/services/referral-query.service';
import { filterOfExportQuery, ReferralExportQuery } from './dtos/referral-export.query';
import { writeReferralWorkbook, XLSX_CONTENT_TYPE } from './referral-export.workbook';

/** At most this many referrals in one file: a larger list is refused with a request to narrow it. */
export const MAX_EXPORT_ROWS = 10_000;

/**
 * The partner's referral list as Excel (`GET /referrals/exports?status=…&branchId=…`), exactly as filtered on screen.
 * Behind the global AuthGuard (the browser's session cookie from the API's own origin, or a bearer token), partner
 * roles only; the list runs in the caller's row-level security scope like the GraphQL list, so a partner only ever
 * gets its own institution's (a branch account: its branch's) referrals. Refusals are the API's errors as JSON.
 */
@Controller('referrals/exports')
export class ReferralExportsController {
  constructor(private readonly queries: ReferralQueryService) {}

  @Get()
  @Roles(...REFERRAL_PARTNERS)
  @Header('Cache-Control', 'no-store')
  async referrals(
    @CurrentUser() user: AuthUser,
    @Query() query: ReferralExportQuery,
  ): Promise<StreamableFile> {
    const rows = await this.queries.listAll(user, filterOfExportQuery(query), MAX_EXPORT_ROWS + 1);
    if (rows.length > MAX_EXPORT_ROWS) {
      throw new BadUserInputError([
        {
          field: 'filter',
          message: `一度に出力できるのは${MAX_EXPORT_ROWS.toLocaleString('ja-JP')}件までです。条件で絞り込んでください。`,
        },
      ]);
    }
    const content = await writeReferralWorkbook(rows);
    const day = todayInJapan().replaceAll('-', '');
    return new StreamableFile(content, {
      type: XLSX_CONTENT_TYPE,
      disposition: attachmentDisposition(`紹介一覧_${day}.xlsx`, `referrals_${day}.xlsx`),
      length: content.length,
    });
  }
}
