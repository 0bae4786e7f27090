import { byKeys, type RequestLoaders } from '@kakehashi/graphql-core';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AssignmentProposalModel } from '../assignment/assignment-run.model';
import { LiveMatchIndex } from '../live-index/live-match-index.service';
import { MatchExplanationModel, toExplanationModel } from '../matches/match.models';
import type { MatchDecisionEntity } from './match-decision.entity';
import { MatchDecisionModel, toMatchDecisionModel } from './match-decision.model';
import { MatchDecisionQueryService } from './services/match-decision-query.service';

const pairKey = (p: { sendingOfferId: string; receivingOfferId: string }) =>
  `${p.sendingOfferId}>${p.receivingOfferId}`;

/**
 * What a consultant needs to act on a batch proposal: why the pair scores (as of now, from the live index) and the
 * decision already taken on it (taken up or dismissed), one batched query per page.
 */
@Resolver(() => AssignmentProposalModel)
export class AssignmentProposalDecisionResolver {
  constructor(
    private readonly index: LiveMatchIndex,
    private readonly decisions: MatchDecisionQueryService,
  ) {}

  @ResolveField(() => MatchExplanationModel, {
    nullable: true,
    description:
      '現在の情報でのスコアの内訳・理由・不足 (組み合わせが除外される状態になった場合は null) / Why the pair scores, as of now.',
  })
  async explanation(@Parent() proposal: AssignmentProposalModel): Promise<MatchExplanationModel | null> {
    const engine = await this.index.current();
    const [s, r] = await Promise.all([
      this.index.sendingProfile(engine, proposal.sendingOfferId),
      this.index.receivingProfile(engine, proposal.receivingOfferId),
    ]);
    if (!s || !r) return null;
    const explained = engine.explain(s, r);
    return 'excluded' in explained ? null : toExplanationModel(explained);
  }

  @ResolveField(() => MatchDecisionModel, {
    nullable: true,
    description: 'この組み合わせへの判断 (採用・除外。未判断は null) / The decision on the pair, if any.',
  })
  async decision(
    @Parent() proposal: AssignmentProposalModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<MatchDecisionModel | null> {
    const loader = loaders.get<string, MatchDecisionEntity | null>(
      'assignment.proposalDecision',
      async (keys) => {
        const pairs = keys.map((key) => {
          const [sendingOfferId, receivingOfferId] = key.split('>');
          return { sendingOfferId, receivingOfferId };
        });
        const rows = await this.decisions.onPairs(pairs);
        return byKeys(keys, rows, pairKey);
      },
    );
    const row = await loader.load(pairKey(proposal));
    return row ? toMatchDecisionModel(row) : null;
  }
}
