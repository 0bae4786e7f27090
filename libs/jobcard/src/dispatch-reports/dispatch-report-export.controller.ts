import { Roles } from '@kakehashi/authz';
import { attachmentDisposition } from '@kakehashi/graphql-core';
import { Body, Controller, Header, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { JOBCARD_REFERENCE_READERS } from '../jobcard-roles';
import { CSV_CONTENT_TYPE } from './dispatch-report-csv';
import { DispatchReportInputDto } from './dtos/dispatch-report.input';
import { DispatchReportService } from './services/dispatch-report.service';

/**
 * The dispatch career-up report in the form's layout as CSV (`POST /jobcard/exports/dispatch-report.csv`, the calculator's
 * input as the JSON body), behind the global AuthGuard with the GraphQL query's roles. Nothing is stored.
 */
@Controller('jobcard/exports')
export class DispatchReportExportController {
  constructor(private readonly reports: DispatchReportService) {}

  @Post('dispatch-report.csv')
  @HttpCode(200)
  @Roles(...JOBCARD_REFERENCE_READERS)
  @Header('Cache-Control', 'no-store')
  export(@Body() body: DispatchReportInputDto): StreamableFile {
    const content = this.reports.csv(body);
    return new StreamableFile(content, {
      type: CSV_CONTENT_TYPE,
      disposition: attachmentDisposition('キャリアアップ教育訓練報告.csv', 'dispatch-career-up-report.csv'),
      length: content.length,
    });
  }
}
