import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { AGREEMENT_COUNT_READERS } from '@kakehashi/partners';
import { TALENT_BANK_OUTCOME_READERS } from '@kakehashi/talent-bank';
import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { attachmentDisposition } from '@kakehashi/graphql-core';
import { STATISTICS_READERS } from '../statistics-roles';
import { ExportFormat, type ExportFile } from './export-document';
import {
  AnnualExportQuery,
  IndustryFlowsExportQuery,
  MonthlyExportQuery,
  PartnerAgreementsExportQuery,
  TalentBankOutcomesExportQuery,
  type StatisticsFilterQuery,
} from './dtos/export-queries';

import { StatisticsExportsService } from './statistics-exports.service';

function download(file: ExportFile): StreamableFile {
  return new StreamableFile(file.content, {
    type: file.contentType,
    disposition: attachmentDisposition(file.fileName, file.asciiFileName),
    length: file.content.length,
  });
}

function filters(query: StatisticsFilterQuery) {
  return { moveType: query.moveType ?? null, officeId: query.officeId ?? null, region: query.region ?? null };
}

/**
 * Downloads of the dashboard's tables (`GET /statistics/exports/<table>?format=csv|xlsx&…`), behind the global
 * AuthGuard (a bearer token, or a browser session cookie from the API's own origin) with the roles of the matching
 * GraphQL query; the services apply the same scope rules (a consultant: their own office only). CSV is UTF-8 with a
 * BOM; see README "Statistics" for the tables.
 */
@Controller('statistics/exports')
export class StatisticsExportsController {
  constructor(private readonly exportsService: StatisticsExportsService) {}

  @Get('monthly')
  @Roles(...STATISTICS_READERS)
  @Header('Cache-Control', 'no-store')
  async monthly(@CurrentUser() user: AuthUser, @Query() query: MonthlyExportQuery): Promise<StreamableFile> {
    const args = { fiscalYear: query.fiscalYear, ...filters(query) };
    return download(await this.exportsService.monthly(user, args, query.format ?? ExportFormat.CSV));
  }

  @Get('annual')
  @Roles(...STATISTICS_READERS)
  @Header('Cache-Control', 'no-store')
  async annual(@CurrentUser() user: AuthUser, @Query() query: AnnualExportQuery): Promise<StreamableFile> {
    const args = {
      fromFiscalYear: query.fromFiscalYear,
      toFiscalYear: query.toFiscalYear,
      ...filters(query),
    };
    return download(await this.exportsService.annual(user, args, query.format ?? ExportFormat.CSV));
  }

  @Get('industry-flows')
  @Roles(...STATISTICS_READERS)
  @Header('Cache-Control', 'no-store')
  async industryFlows(
    @CurrentUser() user: AuthUser,
    @Query() query: IndustryFlowsExportQuery,
  ): Promise<StreamableFile> {
    const args = { from: query.from, to: query.to, ...filters(query) };
    return download(await this.exportsService.flows(user, args, query.format ?? ExportFormat.CSV));
  }

  @Get('partner-agreements')
  @Roles(...AGREEMENT_COUNT_READERS)
  @Header('Cache-Control', 'no-store')
  async partnerAgreements(@Query() query: PartnerAgreementsExportQuery): Promise<StreamableFile> {
    return download(await this.exportsService.agreements(query.asOf, query.format ?? ExportFormat.CSV));
  }

  @Get('talent-bank-outcomes')
  @Roles(...TALENT_BANK_OUTCOME_READERS)
  @Header('Cache-Control', 'no-store')
  async talentBankOutcomes(@Query() query: TalentBankOutcomesExportQuery): Promise<StreamableFile> {
    return download(await this.exportsService.talentBank(query.fiscalYear, query.format ?? ExportFormat.CSV));
  }
}
