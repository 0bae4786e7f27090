import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectedFieldsAt } from './selected-fields';

const schema = buildSchema(`
  type Person { id: ID name: String phone: String email: String career: Career }
  type Career { strengths: String }
  type Edge { node: Person }
  type Page { edges: [Edge] totalCount: Int }
  type Query { people: Page person: Person }
`);

async function capture(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResolveInfo> {
  let captured: GraphQLResolveInfo | undefined;
  await graphql({
    schema,
    source: query,
    variableValues: variables,
    fieldResolver: (_source, _args, _context, info) => {
      if (info.path.prev === undefined) captured = info;
      return null;
    },
  });
  return captured!;
}

describe('selectedFieldsAt', () => {
  it('lists the fields under a path, by name whatever the alias, through fragments', async () => {
    const info = await capture(`
      query { people { totalCount edges { node { id tel: phone ...F ... on Person { career { strengths } } } } } }
      fragment F on Person { name }
    `);
    expect(selectedFieldsAt(info, ['edges', 'node'])).toEqual(['career', 'id', 'name', 'phone']);
    expect(selectedFieldsAt(info)).toEqual(['edges', 'totalCount']);
  });

  it('leaves out what @skip and @include leave out', async () => {
    const info = await capture(
      `query ($withContact: Boolean!) { person { id email @include(if: $withContact) name @skip(if: true) } }`,
      { withContact: false },
    );
    expect(selectedFieldsAt(info)).toEqual(['id']);
  });
});
