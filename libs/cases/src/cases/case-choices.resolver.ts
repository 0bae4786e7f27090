import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel } from './case.model';
import { completionOutcomesOf, moveBackTargets } from '../workflow/case-moves';
import { CaseStage, CompletionOutcome } from '../workflow/case-graphql-enums';

/**
 * What a case offers its screen now, so that the page lists only moves the use cases accept (the rules stay here).
 * Fields of the full case only, which is returned only to those who may act on it.
 */
@Resolver(() => CaseModel)
export class CaseChoicesResolver {
  @ResolveField(() => [CaseStage], {
    description:
      '今戻せる段階 (流れの順。終了した案件は空、成立後は成立より前を含まない) / Stages the case may go back to now.',
  })
  moveBackStages(@Parent() kase: CaseModel): CaseStage[] {
    return moveBackTargets(kase.moveType, kase.stage);
  }

  @ResolveField(() => [CompletionOutcome], {
    description:
      '完了時に選べる結果 (移籍は「移籍先に定着」のみ) / Completion outcomes this case may record.',
  })
  completionOutcomes(@Parent() kase: CaseModel): CompletionOutcome[] {
    return completionOutcomesOf(kase.moveType);
  }
}
