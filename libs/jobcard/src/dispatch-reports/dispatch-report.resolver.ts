import { Roles } from '@kakehashi/authz';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { JOBCARD_REFERENCE_READERS } from '../jobcard-roles';
import {
  DispatchReportCodesModel,
  DispatchReportModel,
  type DispatchCodeModel,
} from './dispatch-report.model';
import { CATEGORY_LABELS, COST_LABELS, METHOD_LABELS, WAGE_LABELS } from './dispatch-reports.messages';
import { DispatchReportInputDto } from './dtos/dispatch-report.input';
import { DispatchReportService } from './services/dispatch-report.service';

const codesOf = (labels: Readonly<Record<number, string>>): DispatchCodeModel[] =>
  Object.entries(labels).map(([code, label]) => ({ code: Number(code), label }));

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

  // The calculator's screen offers the form's own choices; their words stay here, with the form's other texts.
  @Query(() => DispatchReportCodesModel, {
    description:
      '様式第11号 (11) の区分 (雇用・方法・費用・賃金) の番号と文言 / The form’s code lists with their words.',
  })
  @Roles(...JOBCARD_REFERENCE_READERS)
  dispatchReportCodes(): DispatchReportCodesModel {
    return {
      categories: codesOf(CATEGORY_LABELS),
      methods: codesOf(METHOD_LABELS),
      costs: codesOf(COST_LABELS),
      wages: codesOf(WAGE_LABELS),
    };
  }
}
