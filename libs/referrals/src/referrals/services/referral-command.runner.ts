import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { ReferralEntity } from '../referral.entity';
import { ReferralNotifier } from '../../notifications/referral-notifier';
import { ReferralException } from '../../referral.exception';
import { ReferralStatus } from '../../referral-enums';
import {
  REFERRAL_TRANSITIONS,
  roleMayTake,
  STATUS_TIMESTAMP,
  transitionTarget,
  type ReferralCommandAction,
} from '../rules/referral-transitions';
import { mayReadReferral } from '../rules/referral-visibility';
import { recordReferralEvent, type ReferralActor } from './referral-events';
import { ReferralTransactions } from './referral-transactions';

export interface ReferralCommand {
  id: string;
  expectedVersion: number;
}

/** What one use case decided, besides the status move the action implies. */
export interface ReferralChange {
  patch?: Partial<ReferralEntity>;
  /** Kept in the history (the partner sees it: return and withdrawal reasons, outcome comments). */
  reason?: string | null;
}

export interface ReferralRunOptions {
  /** Runs after the change, in the same transaction, on the updated referral (e.g. auto-forward). */
  after?: (updated: ReferralEntity, tx: EntityManager) => Promise<ReferralEntity>;
  /** False: the caller notifies (e.g. a submission forwarded at once notifies of the forward only). */
  notify?: boolean;
}

/**
 * Runs one action on a referral: in the caller's database scope, locks the row (FOR UPDATE), refuses what the caller
 * may not see as not found (whether it is missing, another partner's or another office's), then checks the role, the
 * version the action was based on and the flow, applies the change with its status timestamp, appends the history
 * event and notifies, all in one transaction. Two users acting at once: the second waits for the lock, finds a newer
 * version and gets CONFLICT; nothing is overwritten.
 */
@Injectable()
export class ReferralCommandRunner {
  constructor(
    private readonly transactions: ReferralTransactions,
    private readonly notifier: ReferralNotifier,
  ) {}

  async run(
    user: AuthUser,
    action: ReferralCommandAction,
    command: ReferralCommand,
    decide: (current: ReferralEntity, tx: EntityManager) => ReferralChange | Promise<ReferralChange>,
    options: ReferralRunOptions = {},
  ): Promise<ReferralEntity> {
    if (!isUUID(command.id)) throw ReferralException.notFound(command.id);
    return this.transactions.run(user, async (tx) => {
      const current = await tx.findOne(ReferralEntity, {
        where: { id: command.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current || !mayReadReferral(user, current)) throw ReferralException.notFound(command.id);
      const transition = REFERRAL_TRANSITIONS[action];
      if (!roleMayTake(action, user.role)) throw ReferralException.forbiddenAction(transition.label);
      if (current.version !== command.expectedVersion) throw ReferralException.staleVersion(current);
      if (!transitionTarget(action, current.status)) {
        throw ReferralException.invalidTransition(current.status, transition.label);
      }
      const change = await decide(current, tx);
      let updated = await this.apply(
        tx,
        { userId: user.id, role: user.role },
        current,
        action,
        change,
        options,
      );
      if (options.after) updated = await options.after(updated, tx);
      return updated;
    });
  }

  /**
   * Writes an action to a locked referral the caller checked: the status move and its timestamp, the patch, the
   * history event and (unless `notify` is false) the notifications. `actor` null: the system.
   */
  async apply(
    tx: EntityManager,
    actor: ReferralActor | null,
    current: ReferralEntity,
    action: ReferralCommandAction,
    change: ReferralChange,
    options: { notify?: boolean } = {},
  ): Promise<ReferralEntity> {
    const target = transitionTarget(action, current.status);
    if (!target)
      throw ReferralException.invalidTransition(current.status, REFERRAL_TRANSITIONS[action].label);
    const patch: Partial<ReferralEntity> = { ...change.patch };
    // Every action but an edit is a transition, a re-assignment (ASSIGNED → ASSIGNED) included.
    const moved = REFERRAL_TRANSITIONS[action].to !== null;
    if (moved && target !== ReferralStatus.DRAFT) {
      patch.status = target;
      patch[STATUS_TIMESTAMP[target]] = new Date();
    }
    // update() raises the version and updated_at itself (@VersionColumn, @UpdateDateColumn).
    await tx.update(ReferralEntity, { id: current.id }, patch);
    const updated = await tx.findOneOrFail(ReferralEntity, { where: { id: current.id } });
    const reason = change.reason?.trim() || null;
    await recordReferralEvent(tx, updated, {
      action,
      fromStatus: current.status,
      toStatus: updated.status,
      actor,
      reason,
    });
    if (moved && options.notify !== false) {
      await this.notifier.transitioned(tx, {
        referral: updated,
        action,
        reason,
        actorUserId: actor?.userId ?? null,
      });
    }
    return updated;
  }
}
