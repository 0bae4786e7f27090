import { Roles } from '@kakehashi/authz';
import { IdentityException, toIdentityApiError, UserModel, type UserEntity } from '@kakehashi/identity';
import { Catch, UseFilters } from '@nestjs/common';
import { Args, Mutation, Resolver, type GqlExceptionFilter } from '@nestjs/graphql';
import { CreatePartnerUserInput } from '../dtos/create-partner-user.input';
import { CreatePartnerUserService } from '../services/create-partner-user.service';
import { PARTNER_MANAGERS } from './partner-roles';

/** The account rules are identity's: its refusals reach the client as they would from createUser. */
@Catch(IdentityException)
class PartnerUserExceptionFilter implements GqlExceptionFilter {
  catch(exception: IdentityException) {
    return toIdentityApiError(exception);
  }
}

@Resolver(() => UserModel)
@UseFilters(PartnerUserExceptionFilter)
export class PartnerUsersResolver {
  constructor(private readonly creates: CreatePartnerUserService) {}

  @Mutation(() => UserModel, {
    description:
      '提携機関ユーザーの作成 (PARTNER_BRANCH はその機関の支店が必須) / Create a partner user account; a branch user needs a branch of the institution.',
  })
  @Roles(...PARTNER_MANAGERS)
  createPartnerUser(@Args('input') input: CreatePartnerUserInput): Promise<UserEntity> {
    return this.creates.create(input);
  }
}
