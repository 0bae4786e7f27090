import type { GraphqlContext, RequestLoaders } from '@kakehashi/graphql-core';
import { OfficeLoaderFactory, OfficeModel } from '@kakehashi/organisations';
import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReferralLoaders } from './referral.loaders';
import { ReferralDuplicateModel, toReferralDuplicateModel } from '../duplicates/referral-duplicate.model';
import { ReferralNoteModel, toReferralNoteModel } from './referral-note.model';
import { ReferralEventModel, toReferralEventModel } from './referral-event.model';
import { ReferralModel } from './referral.model';
import { centerViewer, viewerOf } from './viewer';

/**
 * The relations of a referral, batched per request. The Center-only ones answer a partner with FORBIDDEN (the field
 * is null, the rest of the referral is shown); they are nullable for that reason. They throw ReferralException:
 * field resolvers pass through the application's one ApiErrorsFilter like queries do (fieldResolverEnhancers).
 */
@Resolver(() => ReferralModel)
export class ReferralFieldsResolver {
  constructor(
    private readonly referralLoaders: ReferralLoaders,
    private readonly officeLoaders: OfficeLoaderFactory,
  ) {}

  @ResolveField(() => String, { description: '紹介元の提携機関名 / The referring institution’s name.' })
  async institutionName(
    @Parent() referral: ReferralModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<string> {
    return (await this.referralLoaders.partnerNames(loaders).load(referral.institutionId)) ?? '';
  }

  @ResolveField(() => String, { nullable: true, description: '紹介元の支店名 / The branch’s name.' })
  branchName(
    @Parent() referral: ReferralModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<string | null> | null {
    return referral.branchId ? this.referralLoaders.partnerNames(loaders).load(referral.branchId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: '作成した提携機関の担当者 / Who drafted it.' })
  createdByName(
    @Parent() referral: ReferralModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<string | null> {
    return this.referralLoaders.userNames(loaders).load(referral.createdByUserId);
  }

  @ResolveField(() => OfficeModel, { nullable: true, description: '担当の地方事務所 / The assigned office.' })
  assignedOffice(
    @Parent() referral: ReferralModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<OfficeModel | null> | null {
    return referral.assignedOfficeId
      ? this.officeLoaders.forRequest(loaders).load(referral.assignedOfficeId)
      : null;
  }

  @ResolveField(() => [ReferralEventModel], { description: '履歴 (古い順) / History, oldest first.' })
  async history(
    @Parent() referral: ReferralModel,
    @Context('loaders') loaders: RequestLoaders,
    @Context('req') req: GraphqlContext['req'],
  ): Promise<ReferralEventModel[]> {
    const events = await this.referralLoaders.eventsOf(loaders, viewerOf(req)).load(referral.id);
    return events.map(toReferralEventModel);
  }

  @ResolveField(() => [ReferralNoteModel], {
    nullable: true,
    description: 'センター内部メモ (新しい順、提携機関は FORBIDDEN) / Internal notes; Center only.',
  })
  async internalNotes(
    @Parent() referral: ReferralModel,
    @Context('loaders') loaders: RequestLoaders,
    @Context('req') req: GraphqlContext['req'],
  ): Promise<ReferralNoteModel[]> {
    const viewer = centerViewer(req, 'internalNotes');
    const notes = await this.referralLoaders.notesOf(loaders, viewer).load(referral.id);
    return notes.map(toReferralNoteModel);
  }

  @ResolveField(() => [ReferralDuplicateModel], {
    nullable: true,
    description: '重複候補 (提携機関は FORBIDDEN) / Possible duplicates; Center only.',
  })
  async duplicates(
    @Parent() referral: ReferralModel,
    @Context('loaders') loaders: RequestLoaders,
    @Context('req') req: GraphqlContext['req'],
  ): Promise<ReferralDuplicateModel[]> {
    const viewer = centerViewer(req, 'duplicates');
    const rows = await this.referralLoaders.duplicatesOf(loaders, viewer).load(referral.id);
    return rows.map(toReferralDuplicateModel);
  }

  @ResolveField(() => ID, {
    nullable: true,
    description: '紐付けた企業 (センターのみ) / Linked company; Center only.',
  })
  companyId(@Parent() referral: ReferralModel, @Context('req') req: GraphqlContext['req']): string | null {
    centerViewer(req, 'companyId');
    return referral.companyId;
  }

  @ResolveField(() => ID, { nullable: true, description: '紐付けた送出情報 (センターのみ) / Center only.' })
  sendingOfferId(
    @Parent() referral: ReferralModel,
    @Context('req') req: GraphqlContext['req'],
  ): string | null {
    centerViewer(req, 'sendingOfferId');
    return referral.sendingOfferId;
  }

  @ResolveField(() => ID, { nullable: true, description: '紐付けた受入情報 (センターのみ) / Center only.' })
  receivingOfferId(
    @Parent() referral: ReferralModel,
    @Context('req') req: GraphqlContext['req'],
  ): string | null {
    centerViewer(req, 'receivingOfferId');
    return referral.receivingOfferId;
  }
}
