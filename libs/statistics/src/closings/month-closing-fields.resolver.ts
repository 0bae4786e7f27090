import { CurrentUser, type AuthUser, type Role } from '@kakehashi/authz';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MonthlyStatisticsMonthModel } from '../figures/statistics-figures.models';
import { MONTH_CLOSERS } from '../statistics-roles';
import { StatisticsSettings } from '../statistics-settings';

/**
 * Whether the caller may close a month now, by the rules closeStatisticsMonth applies (a closer, a month counted
 * live that has ended, not closed yet): the web app offers the button from it and keeps no copy of the rules.
 */
@Resolver(() => MonthlyStatisticsMonthModel)
export class MonthClosingFieldsResolver {
  constructor(private readonly settings: StatisticsSettings) {}

  @ResolveField(() => Boolean, {
    description:
      'この利用者が今この月を締められるか (終わった集計開始月以降の未締めの月、本部コーディネーター) / Whether the caller may close the month now.',
  })
  closable(@Parent() month: MonthlyStatisticsMonthModel, @CurrentUser() user: AuthUser): boolean {
    return (
      (MONTH_CLOSERS as readonly Role[]).includes(user.role) &&
      !month.closed &&
      month.yearMonth >= this.settings.liveFrom &&
      month.yearMonth < this.settings.currentMonth()
    );
  }
}
