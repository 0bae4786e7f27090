import { ReceivingOfferFieldResolver, SendingOfferFieldResolver } from '../shared/offer-fields.resolvers';
import { MatchingPreviewRankModel } from '../settings/matching-settings-preview.model';
import { ReceivingOfferMatchModel, SendingOfferMatchModel } from './match.models';

/** The offer behind a ranked counterpart. */
export class ReceivingOfferMatchFieldsResolver extends ReceivingOfferFieldResolver(
  ReceivingOfferMatchModel,
) {}
export class SendingOfferMatchFieldsResolver extends SendingOfferFieldResolver(SendingOfferMatchModel) {}
/** The offer behind a row of an administrator's settings preview. */
export class MatchingPreviewRankFieldsResolver extends ReceivingOfferFieldResolver(
  MatchingPreviewRankModel,
) {}
