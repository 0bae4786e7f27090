/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Me {\n  me {\n    id\n    name\n    email\n    role\n    office {\n      id\n      code\n      nameJa\n    }\n  }\n}": typeof types.MeDocument,
    "query Home($receivedFrom: String!) {\n  overdue: myTasks(filter: OVERDUE, first: 5) {\n    totalCount\n    edges {\n      node {\n        ...HomeTask\n      }\n    }\n  }\n  due: myTasks(filter: DUE, first: 5) {\n    totalCount\n    edges {\n      node {\n        ...HomeTask\n      }\n    }\n  }\n  upcoming: myTasks(filter: UPCOMING, first: 5) {\n    totalCount\n    edges {\n      node {\n        ...HomeTask\n      }\n    }\n  }\n  notifications(first: 5, unreadOnly: true) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        body\n        createdAt\n      }\n    }\n  }\n  caseBoard(perStage: 0) {\n    totalCount\n    office {\n      id\n      nameJa\n    }\n    columns {\n      stage\n      stageLabel\n      count\n    }\n  }\n  sendingOffers(first: 5, filter: {receivedFrom: $receivedFrom}) {\n    totalCount\n    edges {\n      node {\n        id\n        jobTitle\n        peopleCount\n        receivedOn\n        company {\n          id\n          legalName\n        }\n      }\n    }\n  }\n  receivingOffers(first: 5, filter: {receivedFrom: $receivedFrom}) {\n    totalCount\n    edges {\n      node {\n        id\n        jobTitle\n        peopleWanted\n        receivedOn\n        company {\n          id\n          legalName\n        }\n      }\n    }\n  }\n}\n\nfragment HomeTask on CaseTask {\n  id\n  title\n  dueOn\n  caseId\n  caseNumber\n  status\n}": typeof types.HomeDocument,
    "mutation SignIn($input: LoginInput!) {\n  signIn(input: $input) {\n    idleExpiresAt\n    user {\n      id\n      name\n    }\n  }\n}\n\nmutation ChangeMyPasswordInSession($input: ChangeMyPasswordInput!) {\n  changeMyPasswordInSession(input: $input) {\n    idleExpiresAt\n    user {\n      id\n    }\n  }\n}": typeof types.SignInDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}\n\nmutation SignOut {\n  signOut\n}": typeof types.UnreadNotificationCountDocument,
    "query EnumLabels {\n  enumLabels {\n    name\n    values {\n      value\n      label\n      description\n    }\n  }\n}": typeof types.EnumLabelsDocument,
};
const documents: Documents = {
    "query Me {\n  me {\n    id\n    name\n    email\n    role\n    office {\n      id\n      code\n      nameJa\n    }\n  }\n}": types.MeDocument,
    "query Home($receivedFrom: String!) {\n  overdue: myTasks(filter: OVERDUE, first: 5) {\n    totalCount\n    edges {\n      node {\n        ...HomeTask\n      }\n    }\n  }\n  due: myTasks(filter: DUE, first: 5) {\n    totalCount\n    edges {\n      node {\n        ...HomeTask\n      }\n    }\n  }\n  upcoming: myTasks(filter: UPCOMING, first: 5) {\n    totalCount\n    edges {\n      node {\n        ...HomeTask\n      }\n    }\n  }\n  notifications(first: 5, unreadOnly: true) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        body\n        createdAt\n      }\n    }\n  }\n  caseBoard(perStage: 0) {\n    totalCount\n    office {\n      id\n      nameJa\n    }\n    columns {\n      stage\n      stageLabel\n      count\n    }\n  }\n  sendingOffers(first: 5, filter: {receivedFrom: $receivedFrom}) {\n    totalCount\n    edges {\n      node {\n        id\n        jobTitle\n        peopleCount\n        receivedOn\n        company {\n          id\n          legalName\n        }\n      }\n    }\n  }\n  receivingOffers(first: 5, filter: {receivedFrom: $receivedFrom}) {\n    totalCount\n    edges {\n      node {\n        id\n        jobTitle\n        peopleWanted\n        receivedOn\n        company {\n          id\n          legalName\n        }\n      }\n    }\n  }\n}\n\nfragment HomeTask on CaseTask {\n  id\n  title\n  dueOn\n  caseId\n  caseNumber\n  status\n}": types.HomeDocument,
    "mutation SignIn($input: LoginInput!) {\n  signIn(input: $input) {\n    idleExpiresAt\n    user {\n      id\n      name\n    }\n  }\n}\n\nmutation ChangeMyPasswordInSession($input: ChangeMyPasswordInput!) {\n  changeMyPasswordInSession(input: $input) {\n    idleExpiresAt\n    user {\n      id\n    }\n  }\n}": types.SignInDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}\n\nmutation SignOut {\n  signOut\n}": types.UnreadNotificationCountDocument,
    "query EnumLabels {\n  enumLabels {\n    name\n    values {\n      value\n      label\n      description\n    }\n  }\n}": types.EnumLabelsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    name\n    email\n    role\n    office {\n      id\n      code\n      nameJa\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    name\n    email\n    role\n    office {\n      id\n      code\n      nameJa\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Home($receivedFrom: String!) {\n  overdue: myTasks(filter: OVERDUE, first: 5) {\n    totalCount\n    edges {\n      node {\n        ...HomeTask\n      }\n    }\n  }\n  due: myTasks(filter: DUE, first: 5) {\n    totalCount\n    edges {\n      node {\n        ...HomeTask\n      }\n    }\n  }\n  upcoming: myTasks(filter: UPCOMING, first: 5) {\n    totalCount\n    edges {\n      node {\n        ...HomeTask\n      }\n    }\n  }\n  notifications(first: 5, unreadOnly: true) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        body\n        createdAt\n      }\n    }\n  }\n  caseBoard(perStage: 0) {\n    totalCount\n    office {\n      id\n      nameJa\n    }\n    columns {\n      stage\n      stageLabel\n      count\n    }\n  }\n  sendingOffers(first: 5, filter: {receivedFrom: $receivedFrom}) {\n    totalCount\n    edges {\n      node {\n        id\n        jobTitle\n        peopleCount\n        receivedOn\n        company {\n          id\n          legalName\n        }\n      }\n    }\n  }\n  receivingOffers(first: 5, filter: {receivedFrom: $receivedFrom}) {\n    totalCount\n    edges {\n      node {\n        id\n        jobTitle\n        peopleWanted\n        receivedOn\n        company {\n          id\n          legalName\n        }\n      }\n    }\n  }\n}\n\nfragment HomeTask on CaseTask {\n  id\n  title\n  dueOn\n  caseId\n  caseNumber\n  status\n}"): (typeof documents)["query Home($receivedFrom: String!) {\n  overdue: myTasks(filter: OVERDUE, first: 5) {\n    totalCount\n    edges {\n      node {\n        ...HomeTask\n      }\n    }\n  }\n  due: myTasks(filter: DUE, first: 5) {\n    totalCount\n    edges {\n      node {\n        ...HomeTask\n      }\n    }\n  }\n  upcoming: myTasks(filter: UPCOMING, first: 5) {\n    totalCount\n    edges {\n      node {\n        ...HomeTask\n      }\n    }\n  }\n  notifications(first: 5, unreadOnly: true) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        body\n        createdAt\n      }\n    }\n  }\n  caseBoard(perStage: 0) {\n    totalCount\n    office {\n      id\n      nameJa\n    }\n    columns {\n      stage\n      stageLabel\n      count\n    }\n  }\n  sendingOffers(first: 5, filter: {receivedFrom: $receivedFrom}) {\n    totalCount\n    edges {\n      node {\n        id\n        jobTitle\n        peopleCount\n        receivedOn\n        company {\n          id\n          legalName\n        }\n      }\n    }\n  }\n  receivingOffers(first: 5, filter: {receivedFrom: $receivedFrom}) {\n    totalCount\n    edges {\n      node {\n        id\n        jobTitle\n        peopleWanted\n        receivedOn\n        company {\n          id\n          legalName\n        }\n      }\n    }\n  }\n}\n\nfragment HomeTask on CaseTask {\n  id\n  title\n  dueOn\n  caseId\n  caseNumber\n  status\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: LoginInput!) {\n  signIn(input: $input) {\n    idleExpiresAt\n    user {\n      id\n      name\n    }\n  }\n}\n\nmutation ChangeMyPasswordInSession($input: ChangeMyPasswordInput!) {\n  changeMyPasswordInSession(input: $input) {\n    idleExpiresAt\n    user {\n      id\n    }\n  }\n}"): (typeof documents)["mutation SignIn($input: LoginInput!) {\n  signIn(input: $input) {\n    idleExpiresAt\n    user {\n      id\n      name\n    }\n  }\n}\n\nmutation ChangeMyPasswordInSession($input: ChangeMyPasswordInput!) {\n  changeMyPasswordInSession(input: $input) {\n    idleExpiresAt\n    user {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount {\n  unreadNotificationCount\n}\n\nmutation SignOut {\n  signOut\n}"): (typeof documents)["query UnreadNotificationCount {\n  unreadNotificationCount\n}\n\nmutation SignOut {\n  signOut\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnumLabels {\n  enumLabels {\n    name\n    values {\n      value\n      label\n      description\n    }\n  }\n}"): (typeof documents)["query EnumLabels {\n  enumLabels {\n    name\n    values {\n      value\n      label\n      description\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;