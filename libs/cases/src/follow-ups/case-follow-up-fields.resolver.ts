import type { RequestLoaders } from '@kakehashi/graphql-core';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CaseModel } from '../cases/case.model';
import { CaseFollowUpEntity } from './case-follow-up.entity';
import { CaseFollowUpModel, toCaseFollowUpModel } from './case-follow-up.model';
import { followUpsByCaseLoader, tasksByCaseLoader } from './case-follow-up.loaders';
import { CaseTaskEntity } from './case-task.entity';
import { CaseTaskModel, toCaseTaskModel } from './case-task.model';

// Fields of the Case type: whoever may read a case (checked where it is returned) reads these with it.
@Resolver(() => CaseModel)
export class CaseFollowUpFieldsResolver {
  constructor(
    @InjectRepository(CaseFollowUpEntity) private readonly followUpRows: Repository<CaseFollowUpEntity>,
    @InjectRepository(CaseTaskEntity) private readonly taskRows: Repository<CaseTaskEntity>,
  ) {}

  @ResolveField(() => [CaseFollowUpModel], {
    description: 'フォローアップ記録 (実施日順) / Follow-up records, oldest first.',
  })
  async followUps(
    @Parent() kase: CaseModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<CaseFollowUpModel[]> {
    const rows = await followUpsByCaseLoader(loaders, this.followUpRows).load(kase.id);
    return rows.map(toCaseFollowUpModel);
  }

  @ResolveField(() => [CaseTaskModel], {
    description: 'タスク (取消を除く、期日順) / Tasks (not cancelled), by due date.',
  })
  async tasks(
    @Parent() kase: CaseModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<CaseTaskModel[]> {
    const rows = await tasksByCaseLoader(loaders, this.taskRows).load(kase.id);
    return rows.map((task) => toCaseTaskModel(task, kase));
  }
}
