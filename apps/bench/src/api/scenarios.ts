// The requests the benchmark sends: the anchor's list, then through the product the smallest operations and the
// lists a consultant's screens load, with the screens' own selections (apps/web/src/features/*/*.graphql).

export const TYPENAME = '{ __typename }';
export const ME = '{ me { id } }';

/** The measure: a consultant's first page of companies with its count and paging. */
export const COMPANIES = `query BenchCompanies {
  companies(first: 20) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { node { id legalName corporateNumber owningOffice { id nameJa } prefecture { code nameJa } } }
  }
}`;

/** The sending offers screen, filtered to the office's open offers (SendingOfferList with SendingOfferRow). */
export const SENDING_OFFERS = `query BenchSendingOffers($filter: OfferFilterInput, $first: Int!) {
  sendingOffers(filter: $filter, first: $first) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges {
      node {
        id jobTitle status peopleCount peopleAvailable moveType receivedOn
        occupation { code nameJa }
        company { id legalName }
        owningOffice { id nameJa }
      }
    }
  }
}`;

/** The board (board.graphql's CaseBoard and BoardCard). */
export const CASE_BOARD = `query BenchCaseBoard($officeId: ID, $perStage: Int!) {
  caseBoard(officeId: $officeId, perStage: $perStage) {
    officeId totalCount
    office { id nameJa }
    columns {
      stage stageLabel count hasMore
      cases {
        id number moveType stage nextStage nextStageLabel daysInStage version peoplePlanned peopleEstablished
        sendingConsultantId receivingConsultantId
        sendingCompany { id }
        receivingCompany { id }
      }
    }
  }
}`;

/** The ranking a consultant opens from a sending offer: top 20, every factor and reason, the counterpart's id. */
export const MATCHES_FOR_SENDING_OFFER = `query BenchMatches($id: ID!) {
  matchesForSendingOffer(id: $id, first: 20) {
    counterpartsIndexed counterpartsScored
    items { rank score factors { factor weight value contribution } reasons gaps receivingOffer { id } }
  }
}`;

export function body(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

export interface Scenario {
  key: 'anchor' | 'typename' | 'me' | 'companies' | 'offers' | 'caseBoard' | 'matches';
  label: string;
}

export const SCENARIO_LABELS: Record<Scenario['key'], string> = {
  anchor: 'Anchor: bare NestJS + GraphQL, 20 items from memory',
  typename: '`{ __typename }`',
  me: '`{ me { id } }`',
  companies: '`companies(first: 20)`',
  offers: '`sendingOffers(first: 20)`, office and status filters',
  caseBoard: '`caseBoard` (perStage 50)',
  matches: '`matchesForSendingOffer(first: 20)`',
};
