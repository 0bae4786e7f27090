import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, type Connection } from '@kakehashi/graphql-core';

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MATCHING_STAFF } from '../matching-roles';

import {
  DismissMatchInput,
  MatchDecisionsArgs,
  MatchPairInput,
  TakeUpMatchInput,
} from './dtos/decision.inputs';
import { MatchDecisionConnection, MatchDecisionModel, toMatchDecisionModel } from './match-decision.model';
import { MatchRestorationModel, toMatchRestorationModel } from './match-restoration.model';
import { DecideMatchService } from './services/decide-match.service';
import { MatchDecisionQueryService } from './services/match-decision-query.service';

@Resolver(() => MatchDecisionModel)
export class MatchDecisionsResolver {
  constructor(
    private readonly decide: DecideMatchService,
    private readonly query: MatchDecisionQueryService,
  ) {}

  @Mutation(() => MatchDecisionModel, {
    description:
      '候補を除外 (理由付き。以後この組み合わせは提案しない) / Dismiss a suggestion with a reason.',
  })
  @Roles(...MATCHING_STAFF)
  async dismissMatch(
    @CurrentUser() user: AuthUser,
    @Args('input') input: DismissMatchInput,
  ): Promise<MatchDecisionModel> {
    return toMatchDecisionModel(await this.decide.dismiss(user, input));
  }

  @Mutation(() => MatchDecisionModel, {
    description: '候補を採用 (ケース化の起点。誰が何を提案したかを記録) / Take up a suggestion.',
  })
  @Roles(...MATCHING_STAFF)
  async takeUpMatch(
    @CurrentUser() user: AuthUser,
    @Args('input') input: TakeUpMatchInput,
  ): Promise<MatchDecisionModel> {
    return toMatchDecisionModel(await this.decide.takeUp(user, input));
  }

  @Mutation(() => MatchRestorationModel, {
    description: '除外の取り消し (再び提案されるようになる) / Undo a dismissal.',
  })
  @Roles(...MATCHING_STAFF)
  async restoreMatch(
    @CurrentUser() user: AuthUser,
    @Args('input') input: MatchPairInput,
  ): Promise<MatchRestorationModel> {
    return toMatchRestorationModel(await this.decide.restore(user, input));
  }

  @Query(() => MatchDecisionConnection, {
    complexity: connectionComplexity,
    description: '候補への判断の一覧 (新しい順) / Decisions on suggestions, newest first.',
  })
  @Roles(...MATCHING_STAFF)
  async matchDecisions(@Args() args: MatchDecisionsArgs): Promise<Connection<MatchDecisionModel>> {
    const page = await this.query.list(args.filter ?? {}, { first: args.first, after: args.after });
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toMatchDecisionModel(e.node) })),
    };
  }

  @Query(() => MatchDecisionModel, { nullable: true, description: '判断をIDで取得 / A decision by id.' })
  @Roles(...MATCHING_STAFF)
  async matchDecision(@Args('id', { type: () => ID }) id: string): Promise<MatchDecisionModel | null> {
    const row = await this.query.findById(id);
    return row ? toMatchDecisionModel(row) : null;
  }
}
