import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { MatchDecisionEntity, MatchDecisionKind } from '../decisions/match-decision.entity';
import type { RankedCounterpart } from '../engine/match-index.contract';
import { LiveMatchIndex } from '../live-index/live-match-index.service';
import { toPoints } from '../matches/display-points';
import { MatchingException } from '../matching.exception';
import type {
  MatchingPreviewRankModel,
  MatchingSettingsPreviewInput,
  MatchingSettingsPreviewModel,
} from './matching-settings-preview.model';
import { MatchingSettingsService } from './matching-settings.service';
import { proposedSettings } from './proposed-settings';

/** As many as a consultant's first page of suggestions shows. */
const PREVIEW_SIZE = 10;

/**
 * How one sending offer's top ten would change under settings an administrator is trying: both rankings come from the
 * live index (the proposed one under borrowed settings), exactly as consultants would see them. Nothing is saved.
 */
@Injectable()
export class PreviewMatchingSettingsService {
  constructor(
    private readonly index: LiveMatchIndex,
    private readonly settings: MatchingSettingsService,
    @InjectRepository(MatchDecisionEntity) private readonly decisions: Repository<MatchDecisionEntity>,
  ) {}

  async preview(
    sendingOfferId: string,
    input: MatchingSettingsPreviewInput,
  ): Promise<MatchingSettingsPreviewModel> {
    if (!isUUID(sendingOfferId)) throw MatchingException.offerNotFound('sending', sendingOfferId);
    const { settings, fields } = proposedSettings(await this.settings.current(), input);
    if (fields.length) throw MatchingException.invalidInput(fields);
    const engine = await this.index.current();
    const profile = await this.index.sendingProfile(engine, sendingOfferId);
    if (!profile) throw MatchingException.offerNotFound('sending', sendingOfferId);
    // The pairs a consultant dismissed are not suggested, under any weights.
    const dismissed = await this.decisions.find({
      where: { sendingOfferId, decision: MatchDecisionKind.DISMISSED },
      select: { receivingOfferId: true },
    });
    const options = { excludeIds: new Set(dismissed.map((row) => row.receivingOfferId)) };
    const current = engine.topReceivingFor(profile, PREVIEW_SIZE, options).items;
    const proposed = engine.withSettings(
      settings,
      () => engine.topReceivingFor(profile, PREVIEW_SIZE, options).items,
    );
    return {
      sendingOfferId,
      current: ranks(current, current, proposed),
      proposed: ranks(proposed, current, proposed),
    };
  }
}

function ranks(
  list: readonly RankedCounterpart[],
  current: readonly RankedCounterpart[],
  proposed: readonly RankedCounterpart[],
): MatchingPreviewRankModel[] {
  const rankIn = (items: readonly RankedCounterpart[], id: string) => {
    const i = items.findIndex((item) => item.id === id);
    return i < 0 ? null : i + 1;
  };
  return list.map((item, i) => ({
    receivingOfferId: item.id,
    rank: i + 1,
    scorePoints: toPoints(item.score),
    currentRank: rankIn(current, item.id),
    proposedRank: rankIn(proposed, item.id),
  }));
}
