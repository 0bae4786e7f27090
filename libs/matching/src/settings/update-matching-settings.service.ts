import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MatchingException, MatchingExceptionCode } from '../matching.exception';
import type { UpdateMatchingSettingsInput } from './matching-settings.model';
import { proposedSettings } from './proposed-settings';
import {
  MATCHING_SETTINGS_ID,
  MatchingSettingsService,
  type StoredMatchingSettings,
} from './matching-settings.service';

/** Administrators change weights and switches; the next ranking anywhere uses them (the index re-reads the row). */
@Injectable()
export class UpdateMatchingSettingsService {
  constructor(
    private readonly settings: MatchingSettingsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async update(user: AuthUser, input: UpdateMatchingSettingsInput): Promise<StoredMatchingSettings> {
    const current = await this.settings.current();
    const { settings, fields } = proposedSettings(current, input);
    if (fields.length) throw MatchingException.invalidInput(fields);
    const { weights, excludeMissingRequired } = settings;

    // The first edit inserts the row (only from version 0, the defaults); later ones update from the version read.
    // Either way one statement decides who wins.
    const floor = {
      minimumScore: input.minimumProposalScore ?? current.proposalFloor.minimumScore,
      excludeMissingRequired:
        input.excludeMissingRequiredFromProposals ?? current.proposalFloor.excludeMissingRequired,
    };
    const params = [
      JSON.stringify(weights),
      excludeMissingRequired,
      user.id,
      floor.minimumScore,
      floor.excludeMissingRequired,
    ];
    const rows =
      input.expectedVersion === 0
        ? await this.dataSource.query<{ version: number }[]>(
            `INSERT INTO "matching_settings" ("id", "weights", "exclude_missing_required", "version", "updated_by_user_id",
               "minimum_proposal_score", "exclude_missing_required_from_proposals")
             VALUES (${MATCHING_SETTINGS_ID}, $1::jsonb, $2, 1, $3, $4, $5)
             ON CONFLICT ("id") DO NOTHING
             RETURNING "version"`,
            params,
          )
        : await this.dataSource.query<{ version: number }[]>(
            // As a CTE: TypeORM returns [rows, count] for a bare UPDATE, plain rows for a SELECT.
            `WITH updated AS (
               UPDATE "matching_settings"
                  SET "weights" = $1::jsonb, "exclude_missing_required" = $2, "updated_by_user_id" = $3,
                      "minimum_proposal_score" = $4, "exclude_missing_required_from_proposals" = $5,
                      "version" = "version" + 1, "updated_at" = now()
                WHERE "id" = ${MATCHING_SETTINGS_ID} AND "version" = $6
               RETURNING "version"
             )
             SELECT "version" FROM updated`,
            [...params, input.expectedVersion],
          );
    if (rows.length === 0) {
      const now = await this.settings.current();
      throw new MatchingException(
        MatchingExceptionCode.STALE_VERSION,
        '他の管理者が先に設定を変更しました。最新の設定を読み込み直してから、もう一度変更してください。',
        { currentVersion: now.version },
      );
    }
    return this.settings.current();
  }
}
