import { ReceivingOfferFieldResolver, SendingOfferFieldResolver } from '../shared/offer-fields.resolvers';
import { ReceivingOfferMatchModel, SendingOfferMatchModel } from './match.models';

/** The offer behind a ranked counterpart. */
export class ReceivingOfferMatchFieldsResolver extends ReceivingOfferFieldResolver(
  ReceivingOfferMatchModel,
) {}
export class SendingOfferMatchFieldsResolver extends SendingOfferFieldResolver(SendingOfferMatchModel) {}
