import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FOLLOW_UP_SETTINGS_EDITORS, FOLLOW_UP_SETTINGS_READERS } from '../cases-roles';

import { readFollowUpSettings } from './follow-up-settings.queries';
import {
  CaseFollowUpSettingsModel,
  toCaseFollowUpSettingsModel,
  UpdateCaseFollowUpSettingsInput,
} from './follow-up-settings.model';
import { UpdateFollowUpSettingsService } from './services/update-follow-up-settings.service';

@Resolver(() => CaseFollowUpSettingsModel)
export class FollowUpSettingsResolver {
  constructor(
    private readonly updates: UpdateFollowUpSettingsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => CaseFollowUpSettingsModel, {
    description: 'フォローアップの既定値 / The follow-up defaults in force.',
  })
  @Roles(...FOLLOW_UP_SETTINGS_READERS)
  async caseFollowUpSettings(): Promise<CaseFollowUpSettingsModel> {
    return toCaseFollowUpSettingsModel(await readFollowUpSettings(this.dataSource));
  }

  @Mutation(() => CaseFollowUpSettingsModel, {
    description:
      'フォローアップの既定値の変更 (管理者、楽観的排他)。以後に成立した案件と、既存の案件の次の再計画から適用 / Change the follow-up defaults (administrators).',
  })
  @Roles(...FOLLOW_UP_SETTINGS_EDITORS)
  async updateCaseFollowUpSettings(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateCaseFollowUpSettingsInput,
  ): Promise<CaseFollowUpSettingsModel> {
    return toCaseFollowUpSettingsModel(await this.updates.update(user, input));
  }
}
