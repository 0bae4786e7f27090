import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';

import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CASE_ACTORS } from '../cases-roles';

import { CaseModel, toCaseModel } from '../cases/case.model';
import {
  AdvanceCaseInput,
  CompleteCaseInput,
  CorrectEstablishmentInput,
  EndCaseNotEstablishedInput,
  MoveCaseBackInput,
  RecordEstablishmentInput,
} from './dtos/case-transition.inputs';
import { CorrectEstablishmentService } from '../establishments/services/correct-establishment.service';
import { RecordEstablishmentService } from '../establishments/services/record-establishment.service';
import { AdvanceCaseService } from './services/advance-case.service';
import { CompleteCaseService } from './services/complete-case.service';
import { EndCaseNotEstablishedService } from './services/end-case-not-established.service';
import { MoveCaseBackService } from './services/move-case-back.service';

/** Moves of a case through its flow; each is guarded on the server and written to the history. */
@Resolver(() => CaseModel)
export class CaseTransitionsResolver {
  constructor(
    private readonly advancing: AdvanceCaseService,
    private readonly movingBack: MoveCaseBackService,
    private readonly ending: EndCaseNotEstablishedService,
    private readonly establishing: RecordEstablishmentService,
    private readonly correcting: CorrectEstablishmentService,
    private readonly completing: CompleteCaseService,
  ) {}

  @Mutation(() => CaseModel, {
    description:
      '次の段階へ (必須項目が未了なら FAILED_PRECONDITION、extensions.missing に不足項目) / Move to the next stage.',
  })
  @Roles(...CASE_ACTORS)
  async advanceCase(
    @CurrentUser() user: AuthUser,
    @Args('input') input: AdvanceCaseInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.advancing.advance(user, input));
  }

  @Mutation(() => CaseModel, { description: '前の段階へ戻す (理由必須) / Go back, with a reason.' })
  @Roles(...CASE_ACTORS)
  async moveCaseBack(
    @CurrentUser() user: AuthUser,
    @Args('input') input: MoveCaseBackInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.movingBack.moveBack(user, input));
  }

  @Mutation(() => CaseModel, { description: '不成立として終了 / End as not established.' })
  @Roles(...CASE_ACTORS)
  async endCaseNotEstablished(
    @CurrentUser() user: AuthUser,
    @Args('input') input: EndCaseNotEstablishedInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.ending.end(user, input));
  }

  @Mutation(() => CaseModel, {
    description:
      '成立の記録 (出向開始・移籍の採用): 双方の残り人数を減らし、統計に計上 / Record the establishment.',
  })
  @Roles(...CASE_ACTORS)
  async recordCaseEstablishment(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordEstablishmentInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.establishing.record(user, input));
  }

  @Mutation(() => CaseModel, {
    description: '成立人数の訂正 (記録として残る) / Correct the people established.',
  })
  @Roles(...CASE_ACTORS)
  async correctCaseEstablishment(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CorrectEstablishmentInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.correcting.correct(user, input));
  }

  @Mutation(() => CaseModel, { description: '案件の完了 / Complete the case.' })
  @Roles(...CASE_ACTORS)
  async completeCase(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CompleteCaseInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.completing.complete(user, input));
  }
}
