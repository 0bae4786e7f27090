import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { CompanyEntity } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { ReferralEntity } from '../referral.entity';
import { ReferralException } from '../../referral.exception';
import { ReferralAction, ReferralNeed } from '../../referral-enums';
import type { ConvertReferralInput } from '../dtos/referral-transition.inputs';
import { findOfferCompany } from '../referrals.queries';
import { ReferralCommandRunner } from './referral-command.runner';

/**
 * The consultant of the assigned office (or Center headquarters) links the referral to the company and the offers
 * it became (made first with the existing company and offer mutations): a surplus needs a sending offer, a shortage
 * a receiving offer, both needs both, each of that company.
 */
@Injectable()
export class ConvertReferralService {
  constructor(private readonly runner: ReferralCommandRunner) {}

  convert(user: AuthUser, input: ConvertReferralInput): Promise<ReferralEntity> {
    return this.runner.run(user, ReferralAction.CONVERTED, input, async (current, tx) => {
      const links = await this.checkLinks(tx, current.need, input);
      return { patch: links };
    });
  }

  private async checkLinks(
    tx: EntityManager,
    need: ReferralNeed,
    input: ConvertReferralInput,
  ): Promise<Pick<ReferralEntity, 'companyId' | 'sendingOfferId' | 'receivingOfferId'>> {
    const errors: FieldError[] = [];
    const company = isUUID(input.companyId)
      ? await tx.findOne(CompanyEntity, { where: { id: input.companyId } })
      : null;
    if (!company) errors.push({ field: 'input.companyId', message: '指定された企業が見つかりません。' });

    const wantsSending = need === ReferralNeed.SURPLUS || need === ReferralNeed.BOTH;
    const wantsReceiving = need === ReferralNeed.SHORTAGE || need === ReferralNeed.BOTH;
    const sending = await this.offer(tx, 'sending_offers', input.sendingOfferId);
    const receiving = await this.offer(tx, 'receiving_offers', input.receivingOfferId);
    this.checkOffer(
      errors,
      'input.sendingOfferId',
      '送出情報',
      wantsSending,
      input.sendingOfferId,
      sending,
      company,
    );
    this.checkOffer(
      errors,
      'input.receivingOfferId',
      '受入情報',
      wantsReceiving,
      input.receivingOfferId,
      receiving,
      company,
    );
    if (errors.length || !company) throw ReferralException.invalidInput(errors);
    return {
      companyId: company.id,
      sendingOfferId: sending?.id ?? null,
      receivingOfferId: receiving?.id ?? null,
    };
  }

  private async offer(
    tx: EntityManager,
    table: 'sending_offers' | 'receiving_offers',
    id: string | null | undefined,
  ): Promise<{ id: string; companyId: string } | null> {
    if (!id || !isUUID(id)) return null;
    return findOfferCompany(tx, table, id);
  }

  private checkOffer(
    errors: FieldError[],
    field: string,
    what: string,
    wanted: boolean,
    given: string | null | undefined,
    offer: { id: string; companyId: string } | null,
    company: CompanyEntity | null,
  ): void {
    if (!wanted) {
      if (given) errors.push({ field, message: `この紹介の相談内容には${what}を紐付けません。` });
      return;
    }
    if (!given) errors.push({ field, message: `${what}を指定してください(先に${what}を登録してください)。` });
    else if (!offer) errors.push({ field, message: `指定された${what}が見つかりません。` });
    else if (company && offer.companyId !== company.id)
      errors.push({ field, message: `${what}は指定した企業のものを選んでください。` });
  }
}
