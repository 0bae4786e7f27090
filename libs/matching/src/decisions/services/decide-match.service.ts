import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { AssignmentRunEntity } from '../../assignment/assignment-run.entity';
import type { MatchExplanation } from '../../engine/match-explanation';
import type { ReceivingProfile, SendingProfile } from '../../engine/match-profile';
import { LiveMatchIndex } from '../../live-index/live-match-index.service';
import { MatchingException, MatchingExceptionCode } from '../../matching.exception';
import { MatchProfileLoader } from '../../profiles/match-profile.loader';
import type { DismissMatchInput, MatchPairInput, TakeUpMatchInput } from '../dtos/decision.inputs';
import type { MatchRestoration } from '../match-restoration.model';
import {
  DismissalReason,
  MatchDecisionEntity,
  MatchDecisionKind,
  SuggestionSource,
} from '../match-decision.entity';
import { assertMayDecideOnPair } from './pair-access.policy';

interface Pair {
  sending: SendingProfile;
  receiving: ReceivingProfile;
  explanation: MatchExplanation | { excluded: string };
}

/** Dismisses, takes up and restores suggested pairs; each records who decided what, with the score as seen. */
@Injectable()
export class DecideMatchService {
  constructor(
    private readonly profiles: MatchProfileLoader,
    private readonly index: LiveMatchIndex,
    @InjectRepository(MatchDecisionEntity) private readonly decisions: Repository<MatchDecisionEntity>,
    @InjectRepository(AssignmentRunEntity) private readonly runs: Repository<AssignmentRunEntity>,
  ) {}

  async dismiss(user: AuthUser, input: DismissMatchInput): Promise<MatchDecisionEntity> {
    if (input.reasonCode === DismissalReason.OTHER && !input.reason?.trim()) {
      throw MatchingException.invalidInput([
        { field: 'input.reason', message: '「その他」を選んだ場合は理由を入力してください。' },
      ]);
    }
    const pair = await this.loadPair(user, input);
    // An excluded pair is never suggested, but dismissing one is harmless and keeps a consultant's intent on record.
    const explanation =
      'excluded' in pair.explanation ? excludedExplanation(pair.explanation.excluded) : pair.explanation;
    return this.record(input, MatchDecisionKind.DISMISSED, {
      reasonCode: input.reasonCode,
      reason: input.reason?.trim() || null,
      people: null,
      score: explanation.score,
      explanation,
      source: SuggestionSource.ON_DEMAND,
      assignmentRunId: null,
      decidedByUserId: user.id,
    });
  }

  async takeUp(user: AuthUser, input: TakeUpMatchInput): Promise<MatchDecisionEntity> {
    const pair = await this.loadPair(user, input);
    if ('excluded' in pair.explanation) {
      throw new MatchingException(
        MatchingExceptionCode.PAIR_EXCLUDED,
        `この組み合わせは採用できません: ${pair.explanation.excluded}`,
        {},
        [{ field: 'input.receivingOfferId', message: pair.explanation.excluded }],
      );
    }
    const fields: FieldError[] = [];
    const most = Math.min(pair.sending.people, pair.receiving.people);
    const people = input.people ?? most;
    if (most < 1) {
      fields.push({ field: 'input.people', message: '送出・受入のいずれかに残り人数がありません。' });
    } else if (people > most) {
      fields.push({
        field: 'input.people',
        message: `人数は双方の残り人数(送出${pair.sending.people}人・受入${pair.receiving.people}人)以下で入力してください。`,
      });
    }
    if (input.assignmentRunId && !(await this.runs.existsBy({ id: input.assignmentRunId }))) {
      fields.push({ field: 'input.assignmentRunId', message: '指定された一括割当の実行が見つかりません。' });
    }
    if (fields.length) throw MatchingException.invalidInput(fields);

    return this.record(input, MatchDecisionKind.TAKEN_UP, {
      reasonCode: null,
      reason: input.note?.trim() || null,
      people,
      score: pair.explanation.score,
      explanation: pair.explanation,
      source: input.assignmentRunId ? SuggestionSource.BATCH : SuggestionSource.ON_DEMAND,
      assignmentRunId: input.assignmentRunId ?? null,
      decidedByUserId: user.id,
    });
  }

  /** Undoes a dismissal: the pair is suggested again. Answers the pair as it is now, with the dismissal undone. */
  async restore(user: AuthUser, input: MatchPairInput): Promise<MatchRestoration> {
    await this.loadPair(user, input);
    const pair = { sendingOfferId: input.sendingOfferId, receivingOfferId: input.receivingOfferId };
    const existing = await this.decisions.findOneBy({ ...pair, decision: MatchDecisionKind.DISMISSED });
    if (!existing) {
      throw new MatchingException(
        MatchingExceptionCode.DECISION_NOT_FOUND,
        'この組み合わせは除外されていません。',
        { ...input },
      );
    }
    await this.decisions.delete({ id: existing.id, decision: MatchDecisionKind.DISMISSED });
    return {
      ...pair,
      dismissed: await this.decisions.existsBy({ ...pair, decision: MatchDecisionKind.DISMISSED }),
      undoneDismissal: existing,
      restoredByUserId: user.id,
      restoredAt: new Date(),
    };
  }

  private async loadPair(user: AuthUser, input: MatchPairInput): Promise<Pair> {
    const [sending, receiving] = await Promise.all([
      isUUID(input.sendingOfferId) ? this.profiles.loadSendingById(input.sendingOfferId) : null,
      isUUID(input.receivingOfferId) ? this.profiles.loadReceivingById(input.receivingOfferId) : null,
    ]);
    if (!sending) throw MatchingException.offerNotFound('sending', input.sendingOfferId);
    if (!receiving) throw MatchingException.offerNotFound('receiving', input.receivingOfferId);
    assertMayDecideOnPair(user, sending.owningOfficeId, receiving.owningOfficeId);
    const engine = await this.index.current();
    return { sending, receiving, explanation: engine.explain(sending, receiving) };
  }

  /**
   * One decision per pair. The same decision again returns the first (a double click records nothing twice); a
   * different one is refused, so a dismissal is never silently turned into a take-up or back.
   */
  private async record(
    pair: MatchPairInput,
    decision: MatchDecisionKind,
    values: Omit<
      MatchDecisionEntity,
      'id' | 'sendingOfferId' | 'receivingOfferId' | 'decision' | 'decidedAt'
    >,
  ): Promise<MatchDecisionEntity> {
    const inserted = await this.decisions
      .createQueryBuilder()
      .insert()
      .values({
        ...values,
        sendingOfferId: pair.sendingOfferId,
        receivingOfferId: pair.receivingOfferId,
        decision,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (id) return this.decisions.findOneByOrFail({ id });

    const existing = await this.decisions.findOneByOrFail({
      sendingOfferId: pair.sendingOfferId,
      receivingOfferId: pair.receivingOfferId,
    });
    if (existing.decision === decision) return existing;
    throw new MatchingException(
      MatchingExceptionCode.ALREADY_DECIDED,
      existing.decision === MatchDecisionKind.DISMISSED
        ? 'この組み合わせは除外済みです。採用するには先に除外を取り消してください。'
        : 'この組み合わせは採用済みです。',
      { decisionId: existing.id, decision: existing.decision },
    );
  }
}

function excludedExplanation(why: string): MatchExplanation {
  return { score: 0, factors: [], reasons: [], gaps: [why], notes: [] };
}
