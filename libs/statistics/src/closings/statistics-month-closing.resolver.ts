import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { MONTH_CLOSERS } from '../statistics-roles';
import { CloseStatisticsMonthService } from './services/close-statistics-month.service';
import { StatisticsMonthClosingModel } from './statistics-month-closing.model';

@Resolver()
export class StatisticsMonthClosingResolver {
  constructor(private readonly closings: CloseStatisticsMonthService) {}

  @Mutation(() => StatisticsMonthClosingModel, {
    description:
      '月の締め (本部コーディネーター): その月の数値を確定し、速報値でなくする。終わった集計開始月以降の月を一度だけ / Close a month: its figures become final (HQ coordinators; an ended live month, once).',
  })
  @Roles(...MONTH_CLOSERS)
  closeStatisticsMonth(
    @CurrentUser() user: AuthUser,
    @Args('yearMonth', { description: '締める月 (YYYY-MM) / The month.' }) yearMonth: string,
  ): Promise<StatisticsMonthClosingModel> {
    return this.closings.close(user, yearMonth);
  }
}
