import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import {
  DEFAULT_MATCHING_SETTINGS,
  FACTOR_KEYS,
  type FactorWeights,
  type MatchingSettings,
} from '../engine/factor-weights';
import { MatchingSettingsEntity } from './matching-settings.entity';
import { DEFAULT_PROPOSAL_FLOOR, type ProposalFloor } from './proposal-floor';

export interface StoredMatchingSettings extends MatchingSettings {
  /** What a batch proposal must at least be. */
  proposalFloor: ProposalFloor;
  /** 0 while the defaults were never edited. */
  version: number;
  updatedAt: Date | null;
  updatedByUserId: string | null;
}

export const MATCHING_SETTINGS_ID = 1;

/** The settings in force: the stored row, or the defaults until an administrator edits them. */
@Injectable()
export class MatchingSettingsService {
  constructor(
    @InjectRepository(MatchingSettingsEntity)
    private readonly settings: Repository<MatchingSettingsEntity>,
  ) {}

  async current(): Promise<StoredMatchingSettings> {
    return settingsFromRow(await this.settings.findOneBy({ id: MATCHING_SETTINGS_ID }));
  }
}

/** The settings a stored row holds, or the defaults when no administrator has saved any. */
export function settingsFromRow(row: StoredSettingsRow | null): StoredMatchingSettings {
  if (!row) {
    return {
      ...DEFAULT_MATCHING_SETTINGS,
      proposalFloor: DEFAULT_PROPOSAL_FLOOR,
      version: 0,
      updatedAt: null,
      updatedByUserId: null,
    };
  }
  return {
    weights: completeWeights(row.weights),
    excludeMissingRequired: row.excludeMissingRequired,
    proposalFloor: {
      minimumScore: row.minimumProposalScore,
      excludeMissingRequired: row.excludeMissingRequiredFromProposals,
    },
    version: row.version,
    updatedAt: row.updatedAt,
    updatedByUserId: row.updatedByUserId,
  };
}

export type StoredSettingsRow = Pick<
  MatchingSettingsEntity,
  | 'weights'
  | 'excludeMissingRequired'
  | 'minimumProposalScore'
  | 'excludeMissingRequiredFromProposals'
  | 'version'
  | 'updatedAt'
  | 'updatedByUserId'
>;

/** A factor added after the row was saved gets its default weight. */
export function completeWeights(stored: Partial<FactorWeights>): FactorWeights {
  const weights = { ...DEFAULT_MATCHING_SETTINGS.weights };
  for (const key of FACTOR_KEYS) {
    const value = stored[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) weights[key] = value;
  }
  return weights;
}
