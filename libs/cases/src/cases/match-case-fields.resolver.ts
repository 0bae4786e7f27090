import { byKeys, type RequestLoaders } from '@kakehashi/graphql-core';
import { ReceivingOfferMatchModel, SendingOfferMatchModel } from '@kakehashi/matching';
import type { Type } from '@nestjs/common';
import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { CaseEntity } from './case.entity';

/**
 * The case opened from a ranked pair's take-up, so that a list of matches can link to it instead of offering to
 * open it a second time (one case per taken-up suggestion). Matching knows nothing of cases; cases add the field.
 */
function MatchCaseFieldResolver<T extends { takenUpDecisionId: string | null }>(model: Type<T>) {
  @Resolver(() => model)
  class MatchCaseFields {
    constructor(@InjectRepository(CaseEntity) readonly cases: Repository<CaseEntity>) {}

    @ResolveField(() => ID, {
      nullable: true,
      description:
        'この組み合わせの採用から作成した案件 (未作成なら null) / The case opened from this pair’s take-up, if any.',
    })
    async caseId(@Parent() match: T, @Context('loaders') loaders: RequestLoaders): Promise<string | null> {
      if (!match.takenUpDecisionId) return null;
      const loader = loaders.get<string, string | null>('cases.caseIdByMatchDecision', async (ids) => {
        const rows = await this.cases.find({
          where: { matchDecisionId: In([...ids]) },
          select: { id: true, matchDecisionId: true },
        });
        return byKeys(ids, rows, (row) => row.matchDecisionId ?? '').map((row) => row?.id ?? null);
      });
      return loader.load(match.takenUpDecisionId);
    }
  }
  return MatchCaseFields;
}

export class ReceivingOfferMatchCaseResolver extends MatchCaseFieldResolver(ReceivingOfferMatchModel) {}
export class SendingOfferMatchCaseResolver extends MatchCaseFieldResolver(SendingOfferMatchModel) {}
