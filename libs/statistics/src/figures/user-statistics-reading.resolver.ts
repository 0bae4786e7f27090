import { UserModel } from '@kakehashi/identity';
import { AGREEMENT_COUNT_READERS } from '@kakehashi/partners';
import { TALENT_BANK_OUTCOME_READERS } from '@kakehashi/talent-bank';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { STATISTICS_READERS } from '../statistics-roles';

function hasRole(roles: readonly string[], user: UserModel): boolean {
  return roles.includes(user.role);
}

/**
 * What of the statistics dashboard a user reads, from the same role lists the queries check: the web app shows the
 * dashboard's menu item and its partner and talent-bank panels from these and keeps no copy of the roles.
 */
@Resolver(() => UserModel)
export class UserStatisticsReadingResolver {
  @ResolveField(() => Boolean, {
    description:
      '統計 (月別・年度別・業種間) を読める利用者か (役員・本部・管理者、コンサルタントは自事務所) / Whether the user reads the statistics.',
  })
  readsStatistics(@Parent() user: UserModel): boolean {
    return hasRole(STATISTICS_READERS, user);
  }

  @ResolveField(() => Boolean, {
    description: '連携協定の締結状況を読める利用者か / Whether the user reads the partner agreement counts.',
  })
  readsPartnerAgreementCounts(@Parent() user: UserModel): boolean {
    return hasRole(AGREEMENT_COUNT_READERS, user);
  }

  @ResolveField(() => Boolean, {
    description:
      'キャリア人材バンクの再就職実績を読める利用者か / Whether the user reads the talent bank outcomes.',
  })
  readsTalentBankOutcomes(@Parent() user: UserModel): boolean {
    return hasRole(TALENT_BANK_OUTCOME_READERS, user);
  }
}
