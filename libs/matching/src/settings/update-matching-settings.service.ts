import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FACTOR_KEYS, type FactorKey } from '../engine/factor-weights';
import { MatchingException, MatchingExceptionCode } from '../matching.exception';
import type { UpdateMatchingSettingsInput } from './matching-settings.model';
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
    const weights = { ...current.weights };
    const fields: FieldError[] = [];
    const seen = new Set<FactorKey>();
    (input.weights ?? []).forEach((entry, i) => {
      if (seen.has(entry.factor)) {
        fields.push({ field: `input.weights.${i}.factor`, message: '同じ要素が複数回指定されています。' });
      }
      seen.add(entry.factor);
      weights[entry.factor] = entry.weight;
    });
    if (FACTOR_KEYS.every((key) => weights[key] === 0)) {
      fields.push({
        field: 'input.weights',
        message: '少なくとも1つの要素に0より大きい重みを設定してください。',
      });
    }
    if (fields.length) throw MatchingException.invalidInput(fields);

    const excludeMissingRequired = input.excludeMissingRequired ?? current.excludeMissingRequired;
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
