import { UserModel } from '@kakehashi/identity';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MONTH_CLOSERS } from '../statistics-roles';

/**
 * Whether a user closes months for the statistics, from the same role list closeStatisticsMonth checks: the web app
 * shows the months screen from it and keeps no copy of the roles.
 */
@Resolver(() => UserModel)
export class UserStatisticsMonthsResolver {
  @ResolveField(() => Boolean, {
    description:
      '統計の月を締められる利用者か (本部コーディネーター) / Whether the user closes statistics months.',
  })
  closesStatisticsMonths(@Parent() user: UserModel): boolean {
    return (MONTH_CLOSERS as readonly string[]).includes(user.role);
  }
}
