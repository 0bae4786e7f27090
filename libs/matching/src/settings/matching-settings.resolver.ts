import { CurrentUser, Role, Roles, type AuthUser } from '@kakehashi/authz';
import { UseFilters } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MATCHING_STAFF } from '../matches/matches.resolver';
import { MatchingExceptionFilter } from '../matching.exception';
import {
  MatchingSettingsModel,
  toMatchingSettingsModel,
  UpdateMatchingSettingsInput,
} from './matching-settings.model';
import { MatchingSettingsService } from './matching-settings.service';
import { UpdateMatchingSettingsService } from './update-matching-settings.service';

@Resolver(() => MatchingSettingsModel)
@UseFilters(MatchingExceptionFilter)
export class MatchingSettingsResolver {
  constructor(
    private readonly settings: MatchingSettingsService,
    private readonly updates: UpdateMatchingSettingsService,
  ) {}

  @Query(() => MatchingSettingsModel, {
    description: 'マッチングの重みと設定 / The weights and switches in force.',
  })
  @Roles(...MATCHING_STAFF)
  async matchingSettings(): Promise<MatchingSettingsModel> {
    return toMatchingSettingsModel(await this.settings.current());
  }

  @Mutation(() => MatchingSettingsModel, {
    description:
      'マッチングの重みと設定の変更 (管理者、楽観的排他) / Change weights and switches (administrators).',
  })
  @Roles(Role.ADMIN)
  async updateMatchingSettings(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateMatchingSettingsInput,
  ): Promise<MatchingSettingsModel> {
    return toMatchingSettingsModel(await this.updates.update(user, input));
  }
}
