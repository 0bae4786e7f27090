import { Roles } from '@kakehashi/authz';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { OUTCOME_READERS } from '../talent-bank-roles';
import { OutcomesModel } from './outcome.model';
import { TalentBankOutcomesService } from './outcomes.service';

/** Aggregates (executives, headquarters, administrators): no personal data. */
@Resolver()
export class TalentBankOversightResolver {
  constructor(private readonly outcomes: TalentBankOutcomesService) {}

  @Query(() => OutcomesModel, {
    description:
      'キャリア人材バンクの再就職実績 (年度別・月別・職種別。集計のみ) / Re-employments of a fiscal year, aggregated.',
  })
  @Roles(...OUTCOME_READERS)
  async talentBankOutcomes(
    @Args('fiscalYear', { type: () => Int, description: '年度 (4月始まりの年) / Fiscal year.' })
    fiscalYear: number,
  ): Promise<OutcomesModel> {
    return this.outcomes.forFiscalYear(fiscalYear);
  }
}
