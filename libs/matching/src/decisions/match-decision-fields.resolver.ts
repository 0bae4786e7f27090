import { ReceivingOfferFieldResolver, SendingOfferFieldResolver } from '../shared/offer-fields.resolvers';
import { MatchDecisionModel } from './match-decision.model';

/** The two offers of a decided pair. */
export class MatchDecisionSendingOfferResolver extends SendingOfferFieldResolver(MatchDecisionModel) {}
export class MatchDecisionReceivingOfferResolver extends ReceivingOfferFieldResolver(MatchDecisionModel) {}
