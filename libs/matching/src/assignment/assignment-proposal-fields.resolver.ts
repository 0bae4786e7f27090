import { PairOffersFieldsResolver } from '../shared/pair-offers-fields.resolver';
import { AssignmentProposalModel } from './assignment-run.model';

/** The two offers of a proposed pair. */
export class AssignmentProposalFieldsResolver extends PairOffersFieldsResolver(AssignmentProposalModel) {}
