import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { OfficeEntity, OfficeKind } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { ReferralEntity } from '../../referrals/referral.entity';
import { toReferralModel } from '../../referrals/referral.model';
import { ReferralException } from '../../referral.exception';
import { requiredText } from '../../referrals/rules/referral-reason';
import { AcceptReferralService } from '../../referrals/services/accept-referral.service';
import { AssignReferralService } from '../../referrals/services/assign-referral.service';
import { ReferralQueryService } from '../../referrals/services/referral-query.service';
import { ReturnReferralService } from '../../referrals/services/return-referral.service';
import {
  REVIEW_BATCH_LIMIT,
  ReferralReviewAction,
  type ReferralReviewItemResult,
  type ReferralReviewResult,
  type ReviewReferralsInput,
} from '../dtos/referral-review.inputs';

interface Target {
  id: string;
  expectedVersion: number;
  clientName: string | null;
}

/**
 * Center headquarters accepts, returns (one reason for all) or assigns (one office for all) many referrals: the ones
 * selected, at the versions read, or every one the filter matches, at their current versions. Each goes through the
 * same use case as a single action, in its own transaction, so one refusal (another status, a newer version, hidden)
 * leaves the others done; the result says, item by item, what succeeded and what was refused and why.
 */
@Injectable()
export class ReviewReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: ReferralQueryService,
    private readonly accepting: AcceptReferralService,
    private readonly returning: ReturnReferralService,
    private readonly assigning: AssignReferralService,
  ) {}

  async review(user: AuthUser, input: ReviewReferralsInput): Promise<ReferralReviewResult> {
    const act = await this.checkedAction(input);
    const targets = await this.targets(user, input);
    const items: ReferralReviewItemResult[] = [];
    for (const target of targets) items.push(await this.one(user, target, act));
    const succeededCount = items.filter((item) => item.succeeded).length;
    return { action: input.action, succeededCount, refusedCount: items.length - succeededCount, items };
  }

  private async one(
    user: AuthUser,
    target: Target,
    act: (user: AuthUser, command: { id: string; expectedVersion: number }) => Promise<ReferralEntity>,
  ): Promise<ReferralReviewItemResult> {
    try {
      const updated = await act(user, { id: target.id, expectedVersion: target.expectedVersion });
      const referral = toReferralModel(updated);
      return {
        referralId: target.id,
        clientName: updated.clientName,
        succeeded: true,
        code: null,
        message: null,
        referral,
      };
    } catch (error) {
      if (!(error instanceof ReferralException)) throw error;
      return {
        referralId: target.id,
        clientName: target.clientName,
        succeeded: false,
        code: error.code,
        message: error.fields[0]?.message ?? error.message,
        referral: null,
      };
    }
  }

  /** The action with its one reason or office, checked once before any referral is touched. */
  private async checkedAction(input: ReviewReferralsInput) {
    const errors: FieldError[] = [];
    if (!Object.values(ReferralReviewAction).includes(input.action)) {
      errors.push({
        field: 'input.action',
        message: '操作は受付・差戻し・担当事務所の決定から選択してください。',
      });
    }
    const hasItems = Array.isArray(input.items);
    if (hasItems === Boolean(input.filter)) {
      errors.push({
        field: 'input.items',
        message: '対象の紹介を選ぶか、絞り込み条件のどちらか一方を指定してください。',
      });
    } else if (hasItems && !input.items?.length) {
      errors.push({ field: 'input.items', message: '対象の紹介を1件以上選んでください。' });
    } else if ((input.items?.length ?? 0) > REVIEW_BATCH_LIMIT) {
      errors.push({ field: 'input.items', message: `一度に操作できるのは${REVIEW_BATCH_LIMIT}件までです。` });
    }
    const reason =
      input.action === ReferralReviewAction.RETURN
        ? requiredText(input.reason, 'input.reason', '差戻しの理由')
        : null;
    if (reason?.error) errors.push(reason.error);
    if (input.action === ReferralReviewAction.ASSIGN) {
      const officeError = await this.officeError(input.officeId);
      if (officeError) errors.push(officeError);
    }
    if (errors.length) throw ReferralException.invalidInput(errors);
    switch (input.action) {
      case ReferralReviewAction.ACCEPT:
        return (user: AuthUser, command: { id: string; expectedVersion: number }) =>
          this.accepting.accept(user, command);
      case ReferralReviewAction.RETURN:
        return (user: AuthUser, command: { id: string; expectedVersion: number }) =>
          this.returning.returnToPartner(user, { ...command, reason: reason?.value ?? '' });
      case ReferralReviewAction.ASSIGN:
        return (user: AuthUser, command: { id: string; expectedVersion: number }) =>
          this.assigning.assign(user, { ...command, officeId: input.officeId ?? '' });
    }
  }

  private async officeError(officeId: string | null | undefined): Promise<FieldError | null> {
    const office =
      officeId && isUUID(officeId)
        ? await this.dataSource.getRepository(OfficeEntity).findOne({ where: { id: officeId } })
        : null;
    if (!office) return { field: 'input.officeId', message: '担当の地方事務所を選んでください。' };
    if (office.kind !== OfficeKind.REGIONAL) {
      return {
        field: 'input.officeId',
        message: '担当には地方事務所を指定してください(本部は指定できません)。',
      };
    }
    return null;
  }

  /**
   * The selection keeps the versions the user read (a referral changed since is refused as stale); the filter takes
   * each match at its current version. A selected id the caller cannot see stays in the result as not found.
   */
  private async targets(user: AuthUser, input: ReviewReferralsInput): Promise<Target[]> {
    if (input.filter) {
      const found = await this.queries.targets(user, { filter: input.filter }, REVIEW_BATCH_LIMIT);
      if (found.length > REVIEW_BATCH_LIMIT) {
        throw ReferralException.invalidInput([
          {
            field: 'input.filter',
            message: `条件に一致する紹介が${REVIEW_BATCH_LIMIT}件を超えています。条件を絞り込んでから操作してください。`,
          },
        ]);
      }
      return found.map((r) => ({ id: r.id, expectedVersion: r.version, clientName: r.clientName }));
    }
    const items = input.items ?? [];
    const visible = await this.queries.targets(
      user,
      { ids: items.map((item) => item.id) },
      REVIEW_BATCH_LIMIT,
    );
    const names = new Map(visible.map((r) => [r.id, r.clientName]));
    const seen = new Set<string>();
    return items
      .filter((item) => !seen.has(item.id) && seen.add(item.id))
      .map((item) => ({ ...item, clientName: names.get(item.id) ?? null }));
  }
}
