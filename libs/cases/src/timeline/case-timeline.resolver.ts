import type { RequestLoaders } from '@kakehashi/graphql-core';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel } from '../cases/case.model';
import {
  CaseEstablishmentModel,
  CaseHistoryEntryModel,
  CaseStageViewModel,
  ChecklistItemModel,
} from './case-timeline.model';
import { CaseTimelineService } from './case-timeline.service';

/**
 * The timeline fields of a full case. Only `Case` has them (never the summary), and `Case` is only ever returned to
 * those who may act on it, so these fields need no further check.
 */
@Resolver(() => CaseModel)
export class CaseTimelineResolver {
  constructor(private readonly timeline: CaseTimelineService) {}

  @ResolveField(() => [CaseStageViewModel], {
    description: '流れの各段階とチェックリスト / Every stage of the flow with its checklist.',
  })
  stages(
    @Parent() entity: CaseModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<CaseStageViewModel[]> {
    return this.timeline.stages(entity, loaders);
  }

  @ResolveField(() => [ChecklistItemModel], {
    description: '次の段階へ進むために不足している必須項目 / Required items missing to move on.',
  })
  missingForNextStage(
    @Parent() entity: CaseModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ChecklistItemModel[]> {
    return this.timeline.missingForNextStage(entity, loaders);
  }

  @ResolveField(() => [CaseHistoryEntryModel], { description: '変更履歴 (古い順) / History, oldest first.' })
  history(@Parent() entity: CaseModel): Promise<CaseHistoryEntryModel[]> {
    return this.timeline.history(entity.id);
  }

  @ResolveField(() => [CaseEstablishmentModel], {
    description: '成立・訂正の記録 / Establishments and corrections.',
  })
  establishments(@Parent() entity: CaseModel): Promise<CaseEstablishmentModel[]> {
    return this.timeline.establishments(entity.id);
  }
}
