import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { rankingComplexity, type GraphqlContext } from '@kakehashi/graphql-core';

import { Args, Context, ID, Info, Int, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { accessContext, AccessLogService, listedFieldsSelected } from '../access/access-log.service';
import { MATCHING_FIELDS } from '../access/personal-data-refusal.recorder';
import { REGISTRANT_WORKERS } from '../talent-bank-roles';
import { PersonalDataCipher } from '../crypto/personal-data-cipher';
import { TalentMatchingService } from './talent-matching.service';
import { factorModels, OpeningMatchesModel, RegistrantMatchesModel } from './talent-match.model';
import { toListedRegistrantModel } from '../registrants/services/registrant-view';
import { TalentBankClock } from '../talent-bank-clock';
import { AccessAction } from '../talent-bank-enums';
import { toSeniorOpeningModel } from '../senior-openings/senior-opening.resolver';

/** Matching both ways, with the explained scores; who may see which registrant is decided as for reading them. */
@Resolver()
export class TalentMatchingResolver {
  constructor(
    private readonly matching: TalentMatchingService,
    private readonly log: AccessLogService,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: TalentBankClock,
  ) {}

  @Query(() => OpeningMatchesModel, {
    complexity: rankingComplexity,
    description:
      '登録者に合うシニア求人 (スコア順、理由つき) / Senior openings ranked for a registrant, with explanations.',
  })
  @Roles(...REGISTRANT_WORKERS)
  async talentBankOpeningsForRegistrant(
    @CurrentUser() user: AuthUser,
    @Args('registrantId', { type: () => ID }) registrantId: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: '件数 (1〜50)' }) first: number,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<OpeningMatchesModel> {
    const ranked = await this.matching.openingsFor(user, registrantId, first);
    // The ranking read the registrant's career and wishes, though it returns none of them.
    await this.log.allowed(
      accessContext(user, info, context.req),
      AccessAction.READ,
      [ranked.registrant.id],
      MATCHING_FIELDS,
    );
    return {
      registrantId: ranked.registrant.id,
      openingsScored: ranked.scored,
      items: ranked.items.map((item, i) => ({
        rank: i + 1,
        receivingOfferId: item.opening.receivingOfferId,
        opening: toSeniorOpeningModel(item.opening),
        ...item.explanation,
        factors: factorModels(item.explanation.factors),
      })),
    };
  }

  @Query(() => RegistrantMatchesModel, {
    complexity: rankingComplexity,
    description:
      'シニア求人に合う登録者 (スコア順、理由つき。コンサルタントは自事務所の登録者のみ) / Registrants ranked for an opening.',
  })
  @Roles(...REGISTRANT_WORKERS)
  async talentBankRegistrantsForOpening(
    @CurrentUser() user: AuthUser,
    @Args('receivingOfferId', { type: () => ID }) receivingOfferId: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: '件数 (1〜50)' }) first: number,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<RegistrantMatchesModel> {
    const ranked = await this.matching.registrantsFor(user, receivingOfferId, first);
    const today = this.clock.today();
    const items = ranked.items.map((item, i) => ({
      rank: i + 1,
      registrantId: item.registrant.id,
      registrant: toListedRegistrantModel(item.registrant, this.cipher, today),
      ...item.explanation,
      factors: factorModels(item.explanation.factors),
    }));
    await this.log.allowed(
      accessContext(user, info, context.req),
      AccessAction.READ,
      items.map((item) => item.registrantId),
      listedFieldsSelected(info, ['items', 'registrant']),
    );
    return { receivingOfferId, registrantsScored: ranked.scored, items };
  }
}
