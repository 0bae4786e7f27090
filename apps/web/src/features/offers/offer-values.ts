// The values the list's URL may name (checked before the API is asked). Their labels, and the choices the forms
// offer, are the API's (useEnumLabel, useEnumOptions).
import type { MoveType, OfferStatus } from '../../gql/graphql';

export const OFFER_STATUSES = ['OPEN', 'IN_PROGRESS', 'CLOSED'] as const satisfies readonly OfferStatus[];
export const MOVE_TYPES = ['SECONDMENT', 'TRANSFER'] as const satisfies readonly MoveType[];
