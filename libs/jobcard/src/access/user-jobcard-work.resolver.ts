import { UserModel } from '@kakehashi/identity';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { JOBCARD_REFERENCE_READERS, JOBCARD_WORKERS } from '../jobcard-roles';

/**
 * What of the Job Card a user works, from the role lists its operations check: the web app shows the menu and the
 * record screens from these and keeps no copy of the roles.
 */
@Resolver(() => UserModel)
export class UserJobcardWorkResolver {
  @ResolveField(() => Boolean, {
    description:
      '評価シート・訓練計画・助成金の試算・RETRY の記録を扱う利用者か (コンサルタント・本部) / Whether the user works Job Card records.',
  })
  worksJobcard(@Parent() user: UserModel): boolean {
    return (JOBCARD_WORKERS as readonly string[]).includes(user.role);
  }

  @ResolveField(() => Boolean, {
    description:
      'ジョブ・カードの計算機と参照データ (助成金の単価表・RETRY のメニュー・派遣の報告計算) を使える利用者か / Whether the user reads the Job Card reference data and calculators.',
  })
  readsJobcardReference(@Parent() user: UserModel): boolean {
    return (JOBCARD_REFERENCE_READERS as readonly string[]).includes(user.role);
  }
}
