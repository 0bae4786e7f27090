import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, type Connection } from '@kakehashi/graphql-core';

import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { OPENING_STAFF } from '../talent-bank-roles';
import { SeniorOpeningInput, SeniorOpeningsArgs } from './dtos/senior-opening.inputs';
import type { SeniorOpeningEntity } from './senior-opening.entity';
import { SeniorOpeningConnection, SeniorOpeningModel } from './senior-opening.model';
import { SeniorOpeningService } from './senior-opening.service';

export function toSeniorOpeningModel(e: SeniorOpeningEntity): SeniorOpeningModel {
  return {
    receivingOfferId: e.receivingOfferId,
    workingStyle: e.workingStyle,
    daysPerWeek: e.daysPerWeek,
    hoursPerDay: e.hoursPerDay,
    physicalDemand: e.physicalDemand,
    wageMin: e.wageMin,
    wageMax: e.wageMax,
    notes: e.notes,
    version: e.version,
    updatedAt: e.updatedAt,
  };
}

/** Senior openings: offers data, no personal data; marked by staff who may edit the receiving offer. */
@Resolver(() => SeniorOpeningModel)
export class SeniorOpeningResolver {
  constructor(private readonly openings: SeniorOpeningService) {}

  @Query(() => SeniorOpeningConnection, {
    complexity: connectionComplexity,
    description: '60歳以上歓迎のシニア求人 (受付日の新しい順) / Openings for people 60+, newest first.',
  })
  @Roles(...OPENING_STAFF)
  async seniorOpenings(@Args() args: SeniorOpeningsArgs): Promise<Connection<SeniorOpeningModel>> {
    const page = await this.openings.list(args.filter ?? {}, { first: args.first, after: args.after });
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toSeniorOpeningModel(e.node) })),
    };
  }

  @Query(() => SeniorOpeningModel, { description: 'シニア求人1件 / One senior opening.' })
  @Roles(...OPENING_STAFF)
  async seniorOpening(
    @Args('receivingOfferId', { type: () => ID }) receivingOfferId: string,
  ): Promise<SeniorOpeningModel> {
    return toSeniorOpeningModel(await this.openings.one(receivingOfferId));
  }

  @Mutation(() => SeniorOpeningModel, {
    description:
      '受入情報をシニア求人にする・条件を変更する (移籍を受け入れる受入情報のみ) / Mark an offer open to 60+, or edit it.',
  })
  @Roles(...OPENING_STAFF)
  async saveSeniorOpening(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SeniorOpeningInput,
  ): Promise<SeniorOpeningModel> {
    return toSeniorOpeningModel(await this.openings.save(user, input));
  }

  @Mutation(() => Boolean, {
    description: 'シニア求人の取消 (受入情報は残ります) / Unmark; the offer stays.',
  })
  @Roles(...OPENING_STAFF)
  async removeSeniorOpening(
    @CurrentUser() user: AuthUser,
    @Args('receivingOfferId', { type: () => ID }) receivingOfferId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<boolean> {
    return this.openings.remove(user, receivingOfferId, expectedVersion);
  }
}
