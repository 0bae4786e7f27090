import { ReceivingOfferFieldResolver, SendingOfferFieldResolver } from '../shared/offer-fields.resolvers';
import { AssignmentProposalModel } from './assignment-run.model';

/** The two offers of a proposed pair. */
export class AssignmentProposalSendingOfferResolver extends SendingOfferFieldResolver(
  AssignmentProposalModel,
) {}
export class AssignmentProposalReceivingOfferResolver extends ReceivingOfferFieldResolver(
  AssignmentProposalModel,
) {}
