import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { attachmentDisposition } from '@kakehashi/graphql-core';
import { Controller, Get, Header, Param, Query, Req, StreamableFile } from '@nestjs/common';
import { JobcardAccessLogService } from '../access/jobcard-access-log.service';
import { SHEET_EXPORT_ROUTE } from '../access/jobcard-refusal.recorder';
import { SHEET_EXPORT_FIELDS } from '../access/sheet-personal-fields';
import { JOBCARD_WORKERS } from '../jobcard-roles';
import { EvaluationSheetExportQuery } from './dtos/evaluation-sheet-export.query';
import { evaluationSheetWorkbook, XLSX_CONTENT_TYPE } from './evaluation-sheet-xlsx';
import { EvaluationSheetQueryService } from './services/evaluation-sheet-query.service';

/**
 * The sheet as an Excel workbook in the official layout (`GET /jobcard/exports/evaluation-sheets/:id/workbook.xlsx?moment=…`).
 * Behind the global AuthGuard like the other downloads; the same people as the sheet itself. The export is logged
 * (EXPORT, with the personal-data fields it writes) before the file goes out; a refusal is logged as DENIED.
 */
@Controller('jobcard/exports')
export class EvaluationSheetExportController {
  constructor(
    private readonly queries: EvaluationSheetQueryService,
    private readonly log: JobcardAccessLogService,
  ) {}

  @Get('evaluation-sheets/:id/workbook.xlsx')
  @Roles(...JOBCARD_WORKERS)
  @Header('Cache-Control', 'no-store')
  async export(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Query() query: EvaluationSheetExportQuery,
    @Req() request: { ip?: string },
  ): Promise<StreamableFile> {
    const sheet = await this.queries.get(user, id);
    await this.log.allowed(
      { user, clientIp: request.ip ?? null, operation: SHEET_EXPORT_ROUTE },
      'EXPORT',
      'EVALUATION_SHEET',
      [sheet.id],
      SHEET_EXPORT_FIELDS,
    );
    const content = await evaluationSheetWorkbook(sheet, query.moment);
    const day = todayInJapan().replaceAll('-', '');
    return new StreamableFile(content, {
      type: XLSX_CONTENT_TYPE,
      disposition: attachmentDisposition(`評価シート_${day}.xlsx`, `evaluation-sheet_${day}.xlsx`),
      length: content.length,
    });
  }
}
