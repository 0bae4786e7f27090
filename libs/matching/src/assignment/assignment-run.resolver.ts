import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, type Connection, type RequestLoaders } from '@kakehashi/graphql-core';

import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ASSIGNMENT_STAFF } from '../matching-roles';
import type { AssignmentProposalEntity } from './assignment-proposal.entity';
import { AssignmentTrigger } from './assignment-run.entity';
import {
  AssignmentProposalConnection,
  AssignmentProposalModel,
  AssignmentRunConnection,
  AssignmentRunModel,
  toAssignmentProposalModel,
  toAssignmentRunModel,
} from './assignment-run.model';

import {
  AssignmentProposalsArgs,
  AssignmentRunsArgs,
  StartAssignmentRunInput,
} from './dtos/assignment.inputs';
import { AssignmentRunQueryService } from './services/assignment-run-query.service';
import { CancelAssignmentRunService } from './services/cancel-assignment-run.service';
import { StartAssignmentRunService } from './services/start-assignment-run.service';

@Resolver(() => AssignmentRunModel)
export class AssignmentRunResolver {
  constructor(
    private readonly starts: StartAssignmentRunService,
    private readonly cancels: CancelAssignmentRunService,
    private readonly query: AssignmentRunQueryService,
  ) {}

  @Mutation(() => AssignmentRunModel, {
    description:
      '一括マッチングを開始 (同じ入力なら同じ実行を返す。コンサルタントは自分の事務所のみ) / Start a batch assignment; the same input returns the same run.',
  })
  @Roles(...ASSIGNMENT_STAFF)
  async startAssignmentRun(
    @CurrentUser() user: AuthUser,
    @Args('input') input: StartAssignmentRunInput,
  ): Promise<AssignmentRunModel> {
    const { run } = await this.starts.start(
      user,
      { kind: input.scope, officeId: input.officeId, region: input.region },
      AssignmentTrigger.MANUAL,
    );
    return toAssignmentRunModel(run);
  }

  @Mutation(() => AssignmentRunModel, {
    description:
      '一括マッチングを中止 (待機中・実行中のみ。提案は保存されない) / Cancel a queued or running batch assignment.',
  })
  @Roles(...ASSIGNMENT_STAFF)
  async cancelAssignmentRun(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AssignmentRunModel> {
    return toAssignmentRunModel(await this.cancels.cancel(user, id));
  }

  @Query(() => AssignmentRunModel, {
    nullable: true,
    description: '一括マッチングの実行 (進捗・結果) / A batch assignment run, with its progress and result.',
  })
  @Roles(...ASSIGNMENT_STAFF)
  async assignmentRun(@Args('id', { type: () => ID }) id: string): Promise<AssignmentRunModel | null> {
    const run = await this.query.findById(id);
    return run ? toAssignmentRunModel(run) : null;
  }

  @Query(() => AssignmentRunConnection, {
    complexity: connectionComplexity,
    description: '一括マッチングの実行一覧 (新しい順) / Batch assignment runs, newest first.',
  })
  @Roles(...ASSIGNMENT_STAFF)
  async assignmentRuns(@Args() args: AssignmentRunsArgs): Promise<Connection<AssignmentRunModel>> {
    const page = await this.query.list({ first: args.first, after: args.after });
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toAssignmentRunModel(e.node) })),
    };
  }

  @ResolveField(() => AssignmentProposalConnection, {
    complexity: connectionComplexity,
    description:
      '提案 (既定はスコアの高い順。並び順・最低スコア・判断の状況で絞り込み可) / The run’s proposals, best score first by default.',
  })
  async proposals(
    @Parent() run: AssignmentRunModel,
    @Args() args: AssignmentProposalsArgs,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Connection<AssignmentProposalModel>> {
    // One loader per page request: the runs of a list asking for the same page share one query.
    const loader = loaders.get<string, Connection<AssignmentProposalEntity>>(
      `assignment.proposals:${args.first}:${args.after ?? ''}:${args.order ?? ''}:${args.minScore ?? ''}:${args.state ?? ''}`,
      async (runIds) => {
        const pages = await this.query.proposalsOf(runIds, {
          first: args.first,
          after: args.after,
          order: args.order,
          minScore: args.minScore,
          state: args.state,
        });
        return runIds.map((id) => pages.get(id) ?? emptyConnection());
      },
    );
    const page = await loader.load(run.id);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toAssignmentProposalModel(e.node) })),
    };
  }
}

function emptyConnection<T>(): Connection<T> {
  return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
}
