import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, type Connection } from '@kakehashi/graphql-core';

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { REGISTRANT_WORKERS } from '../talent-bank-roles';
import { CreateSupportRequestInput, SupportRequestsArgs } from './dtos/support-request.inputs';
import type { SupportRequestEntity } from './support-request.entity';
import { SupportRequestConnection, SupportRequestModel } from './support-request.model';
import { SupportRequestService } from './support-request.service';

function toModel(e: SupportRequestEntity): SupportRequestModel {
  return {
    id: e.id,
    companyId: e.companyId,
    officeId: e.officeId,
    receivedOn: e.receivedOn,
    contactName: e.contactName,
    contactDepartment: e.contactDepartment,
    contactPhone: e.contactPhone,
    contactEmail: e.contactEmail,
    peopleCount: e.peopleCount,
    expectedLeavingDates: e.expectedLeavingDates,
    notes: e.notes,
    version: e.version,
    createdAt: e.createdAt,
  };
}

/** Companies' support requests: worked by the office handling them (consultants) and headquarters. */
@Resolver(() => SupportRequestModel)
export class SupportRequestResolver {
  constructor(private readonly requests: SupportRequestService) {}

  @Query(() => SupportRequestConnection, {
    complexity: connectionComplexity,
    description: '企業からの支援依頼 (受付日の新しい順) / Support requests, newest first.',
  })
  @Roles(...REGISTRANT_WORKERS)
  async talentBankSupportRequests(
    @CurrentUser() user: AuthUser,
    @Args() args: SupportRequestsArgs,
  ): Promise<Connection<SupportRequestModel>> {
    const page = await this.requests.list(user, args.filter ?? {}, { first: args.first, after: args.after });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toModel(e.node) })) };
  }

  @Query(() => SupportRequestModel, { description: '支援依頼1件 / One support request.' })
  @Roles(...REGISTRANT_WORKERS)
  async talentBankSupportRequest(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SupportRequestModel> {
    return toModel(await this.requests.one(user, id));
  }

  @Mutation(() => SupportRequestModel, { description: '支援依頼の登録 / Record a support request.' })
  @Roles(...REGISTRANT_WORKERS)
  async createTalentBankSupportRequest(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateSupportRequestInput,
  ): Promise<SupportRequestModel> {
    return toModel(await this.requests.create(user, input));
  }
}
