import { PairOffersFieldsResolver } from '../shared/pair-offers-fields.resolver';
import { MatchDecisionModel } from './match-decision.model';

/** The two offers of a decided pair. */
export class MatchDecisionFieldsResolver extends PairOffersFieldsResolver(MatchDecisionModel) {}
