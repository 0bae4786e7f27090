import { Roles } from '@kakehashi/authz';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { JOBCARD_REFERENCE_READERS } from '../jobcard-roles';
import { DispatchReportModel } from './dispatch-report.model';
import { DispatchReportInputDto } from './dtos/dispatch-report.input';
import { DispatchReportService } from './services/dispatch-report.service';

@Resolver()
export class DispatchReportResolver {
  constructor(private readonly reports: DispatchReportService) {}

  @Query(() => DispatchReportModel, {
    description:
      '派遣元のキャリアアップ教育訓練の報告の計算 (年目ごとの平均、c ÷ d、8時間の確認、様式の行。保存しない) / Compute the dispatch career-up report.',
  })
  @Roles(...JOBCARD_REFERENCE_READERS)
  dispatchCareerUpReport(@Args('input') input: DispatchReportInputDto): DispatchReportModel {
    return this.reports.report(input);
  }
}
