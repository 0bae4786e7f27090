// The partners API over HTTP for the GraphQL integration tests: PartnersModule with the one GraphQL test setup of
// @kakehashi/testing (schema, roles from the x-test-user header, input pipe, error mapping), and the response shapes
// the tests read.
import { Role } from '@kakehashi/authz';
import { GraphqlTestClient, graphqlTestModule, type QueryCounter } from '@kakehashi/testing';
import type { INestApplication } from '@nestjs/common';
import {
  officeId,
  staffUser,
  startPartnersKit,
  TEST_SIGNED_ON,
  uniqueTag,
  type PartnersKit,
} from './partners-kit';

export const INSTITUTION_FIELDS = `id type typeLabel name hasHqStep coveredPrefectureCodes coversWholeCountry version
  coveredPrefectures { code nameJa }
  branches { id name prefectureCode prefecture { nameJa } }
  agreements { id signedOn counterpart status endedOn office { code nameJa } }
  contacts { id name title email phone branchId }`;

/** An institution as INSTITUTION_FIELDS selects it. */
export interface InstitutionView {
  id: string;
  type: string;
  typeLabel: string;
  name: string;
  hasHqStep: boolean;
  coveredPrefectureCodes: string[];
  coversWholeCountry: boolean;
  version: number;
  coveredPrefectures: { code: string; nameJa: string }[];
  branches: { id: string; name: string; prefectureCode: string; prefecture: { nameJa: string } }[];
  agreements: {
    id: string;
    signedOn: string;
    counterpart: string;
    status: string;
    endedOn: string | null;
    office: { code: string; nameJa: string } | null;
  }[];
  contacts: {
    id: string;
    name: string;
    title: string | null;
    email: string | null;
    phone: string | null;
    branchId: string | null;
  }[];
}

export interface PartnersApi {
  kit: PartnersKit;
  app: INestApplication;
  client: GraphqlTestClient;
  close(): Promise<void>;
}

/** PartnersModule behind GraphQL; `counter` counts its SQL. */
export async function startPartnersApi(counter: QueryCounter): Promise<PartnersApi> {
  const kit = await startPartnersKit({ logger: counter, ...graphqlTestModule() });
  const app = kit.module.createNestApplication({ logger: false });
  await app.init();
  return {
    kit,
    app,
    client: new GraphqlTestClient(app),
    async close() {
      await app.close();
      await kit.close();
    },
  };
}

export const hq = () => staffUser(Role.HQ_COORDINATOR);

/** An institution with a branch, an agreement with the Fukui office and a contact, made through the API. */
export async function aPartnerThroughTheApi(
  api: PartnersApi,
): Promise<{ id: string; branchId: string; name: string }> {
  const { client, kit } = api;
  const name = `試験県${uniqueTag()}`;
  const created = await client.gql<{ createPartnerInstitution: { id: string } }>(
    hq(),
    `mutation ($input: CreatePartnerInstitutionInput!) { createPartnerInstitution(input: $input) { id } }`,
    { input: { type: 'GOVERNMENT', name, hasHqStep: false, coveredPrefectureCodes: ['18'] } },
  );
  expect(created.errors).toBeUndefined();
  const id = created.data?.createPartnerInstitution.id as string;
  const branch = await client.gql<{ addPartnerBranch: { id: string } }>(
    hq(),
    `mutation ($input: AddPartnerBranchInput!) { addPartnerBranch(input: $input) { id } }`,
    { input: { institutionId: id, name: '嶺南振興局', prefectureCode: '18' } },
  );
  const agreement = await client.gql<{ addPartnerAgreement: { id: string; status: string } }>(
    hq(),
    `mutation ($input: AddPartnerAgreementInput!) { addPartnerAgreement(input: $input) { id status } }`,
    {
      input: {
        institutionId: id,
        signedOn: TEST_SIGNED_ON,
        counterpart: 'REGIONAL_OFFICE',
        officeId: await officeId(kit.dataSource, '18'),
      },
    },
  );
  expect(agreement.data?.addPartnerAgreement.status).toBe('ACTIVE');
  const contact = await client.gql<{ addPartnerContact: { id: string } }>(
    hq(),
    `mutation ($input: AddPartnerContactInput!) { addPartnerContact(input: $input) { id } }`,
    { input: { institutionId: id, name: '福井 一郎', title: '労働政策課', phone: '0776-00-0000' } },
  );
  expect(contact.errors).toBeUndefined();
  return { id, branchId: branch.data?.addPartnerBranch.id as string, name };
}
