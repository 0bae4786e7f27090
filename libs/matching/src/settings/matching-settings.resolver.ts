import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';

import { RANKING_BASE_COST } from '@kakehashi/graphql-core';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MATCHING_SETTINGS_EDITORS, MATCHING_STAFF } from '../matching-roles';

import {
  MatchingSettingsModel,
  toMatchingSettingsModel,
  UpdateMatchingSettingsInput,
} from './matching-settings.model';
import { MatchingSettingsService } from './matching-settings.service';
import {
  MatchingSettingsPreviewInput,
  MatchingSettingsPreviewModel,
} from './matching-settings-preview.model';
import { PreviewMatchingSettingsService } from './preview-matching-settings.service';
import { UpdateMatchingSettingsService } from './update-matching-settings.service';

@Resolver(() => MatchingSettingsModel)
export class MatchingSettingsResolver {
  constructor(
    private readonly settings: MatchingSettingsService,
    private readonly updates: UpdateMatchingSettingsService,
    private readonly previews: PreviewMatchingSettingsService,
  ) {}

  @Query(() => MatchingSettingsModel, {
    description: 'マッチングの重みと設定 / The weights and switches in force.',
  })
  @Roles(...MATCHING_STAFF)
  async matchingSettings(): Promise<MatchingSettingsModel> {
    return toMatchingSettingsModel(await this.settings.current());
  }

  @Query(() => MatchingSettingsPreviewModel, {
    // Two rankings of ten.
    complexity: ({ childComplexity }) => 2 * RANKING_BASE_COST + 20 * Math.max(childComplexity, 1),
    description:
      '設定を保存する前に、1件の送出情報の上位10件が現在の設定と試す設定でどう変わるかを示す (保存しません) / Preview one sending offer’s top ten under proposed settings; saves nothing.',
  })
  @Roles(...MATCHING_SETTINGS_EDITORS)
  previewMatchingSettings(
    @Args('sendingOfferId', { type: () => ID }) sendingOfferId: string,
    @Args('input') input: MatchingSettingsPreviewInput,
  ): Promise<MatchingSettingsPreviewModel> {
    return this.previews.preview(sendingOfferId, input);
  }

  @Mutation(() => MatchingSettingsModel, {
    description:
      'マッチングの重みと設定の変更 (管理者、楽観的排他) / Change weights and switches (administrators).',
  })
  @Roles(...MATCHING_SETTINGS_EDITORS)
  async updateMatchingSettings(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateMatchingSettingsInput,
  ): Promise<MatchingSettingsModel> {
    return toMatchingSettingsModel(await this.updates.update(user, input));
  }
}
