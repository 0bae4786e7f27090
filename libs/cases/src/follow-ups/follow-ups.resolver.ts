import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, type Connection } from '@kakehashi/graphql-core';

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CASE_ACTORS } from '../cases-roles';

import { CaseModel, toCaseModel } from '../cases/case.model';
import { CaseTaskConnection, CaseTaskModel } from './case-task.model';
import { MyTasksArgs } from './dtos/my-tasks.args';
import { RecordFollowUpInput } from './dtos/record-follow-up.input';
import { MyTasksService } from './services/my-tasks.service';
import { RecordFollowUpService } from './services/record-follow-up.service';

@Resolver(() => CaseTaskModel)
export class FollowUpsResolver {
  constructor(
    private readonly records: RecordFollowUpService,
    private readonly myTaskLists: MyTasksService,
  ) {}

  @Mutation(() => CaseModel, {
    description:
      'フォローアップの記録 (成立後・完了前の案件。タスクを指定するとそのタスクが完了になる。楽観的排他) / Record a follow-up.',
  })
  @Roles(...CASE_ACTORS)
  async recordFollowUp(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordFollowUpInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.records.record(user, input));
  }

  @Query(() => CaseTaskConnection, {
    complexity: connectionComplexity,
    description:
      '自分が担当する案件のタスク (期限到来・期限超過・予定・完了) / Tasks of the cases the signed-in consultant is in charge of.',
  })
  @Roles(...CASE_ACTORS)
  myTasks(@CurrentUser() user: AuthUser, @Args() args: MyTasksArgs): Promise<Connection<CaseTaskModel>> {
    return this.myTaskLists.list(user, { filter: args.filter, first: args.first, after: args.after });
  }
}
