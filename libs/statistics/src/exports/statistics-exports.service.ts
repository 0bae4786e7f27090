import type { AuthUser } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { PartnerAgreementCountsService } from '@kakehashi/partners';
import { TalentBankOutcomesService } from '@kakehashi/talent-bank';
import { Injectable } from '@nestjs/common';
import {
  AnnualStatisticsService,
  type AnnualStatisticsArgs,
} from '../figures/services/annual-statistics.service';
import { IndustryFlowsService, type IndustryFlowsArgs } from '../figures/services/industry-flows.service';
import {
  MonthlyStatisticsService,
  type MonthlyStatisticsArgs,
} from '../figures/services/monthly-statistics.service';
import { StatisticsSettings } from '../statistics-settings';
import { ExportFormat, type ExportDocument, type ExportFile } from './export-document';
import { annualStatisticsDocument } from './tables/annual-statistics.table';
import { industryFlowsDocument } from './tables/industry-flows.table';
import { monthlyStatisticsDocument } from './tables/monthly-statistics.table';
import { partnerAgreementsDocument } from './tables/partner-agreements.table';
import { talentBankOutcomesDocument } from './tables/talent-bank-outcomes.table';
import { CSV_CONTENT_TYPE, writeCsv } from './writers/write-csv';
import { writeXlsx, XLSX_CONTENT_TYPE } from './writers/write-xlsx';

/**
 * The downloadable tables: each asks the same service as its GraphQL query (so the same scope rules and the same
 * figures) and writes the rows as CSV or .xlsx with Japanese headings, fiscal-year and 令和 labels, 速報値 marks and the
 * sources as footnotes.
 */
@Injectable()
export class StatisticsExportsService {
  constructor(
    private readonly monthlyStatistics: MonthlyStatisticsService,
    private readonly annualStatistics: AnnualStatisticsService,
    private readonly industryFlows: IndustryFlowsService,
    private readonly partnerAgreements: PartnerAgreementCountsService,
    private readonly talentBankOutcomes: TalentBankOutcomesService,
    private readonly settings: StatisticsSettings,
  ) {}

  async monthly(user: AuthUser, args: MonthlyStatisticsArgs, format: ExportFormat): Promise<ExportFile> {
    const data = await this.monthlyStatistics.monthly(user, args);
    return render(monthlyStatisticsDocument(data, new Date()), format);
  }

  async annual(user: AuthUser, args: AnnualStatisticsArgs, format: ExportFormat): Promise<ExportFile> {
    const data = await this.annualStatistics.annual(user, args);
    return render(annualStatisticsDocument(data, new Date()), format);
  }

  async flows(user: AuthUser, args: IndustryFlowsArgs, format: ExportFormat): Promise<ExportFile> {
    const data = await this.industryFlows.flows(user, args);
    return render(industryFlowsDocument(data, new Date(), this.settings.liveFrom), format);
  }

  async agreements(asOf: string | undefined, format: ExportFormat): Promise<ExportFile> {
    const data = await this.partnerAgreements.countsOn(asOf ?? todayInJapan());
    return render(partnerAgreementsDocument(data, new Date()), format);
  }

  async talentBank(fiscalYear: number, format: ExportFormat): Promise<ExportFile> {
    const data = await this.talentBankOutcomes.forFiscalYear(fiscalYear);
    return render(talentBankOutcomesDocument(data, new Date(), this.settings.currentMonth()), format);
  }
}

export async function render(doc: ExportDocument, format: ExportFormat): Promise<ExportFile> {
  if (format === ExportFormat.XLSX) {
    return {
      fileName: `${doc.fileBaseName}.xlsx`,
      asciiFileName: `${doc.asciiFileBaseName}.xlsx`,
      contentType: XLSX_CONTENT_TYPE,
      content: await writeXlsx(doc),
    };
  }
  return {
    fileName: `${doc.fileBaseName}.csv`,
    asciiFileName: `${doc.asciiFileBaseName}.csv`,
    contentType: CSV_CONTENT_TYPE,
    content: writeCsv(doc),
  };
}
