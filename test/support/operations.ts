import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export interface OperationCall {
  /** e.g. Query.companies */
  id: string;
  document: string;
  variables: Record<string, unknown>;
}

/**
 * One well-typed call for every Query and Mutation field in the schema, with placeholder arguments, so a test can
 * prove what each role gets from each operation without a hand-kept list that could miss a new one.
 */
export function everyOperation(schema: GraphQLSchema): OperationCall[] {
  const calls: OperationCall[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      calls.push(callFor(kind, type.name, field));
    }
  }
  return calls;
}

function callFor(
  kind: 'query' | 'mutation',
  typeName: string,
  field: GraphQLField<unknown, unknown>,
): OperationCall {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const variables: Record<string, unknown> = {};
  for (const arg of required) variables[arg.name] = placeholder(arg.type);
  return { id: `${typeName}.${field.name}`, document: documentFor(kind, field, required), variables };
}

/** `kind { field(arg: $arg, …) { __typename } }` with each of `args` as a variable of its declared type. */
export function documentFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: readonly GraphQLArgument[],
): string {
  const declarations = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`);
  const uses = args.map((arg) => `${arg.name}: $${arg.name}`);
  const named = getNamedType(field.type);
  const selection =
    isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
  return `${kind}${declarations.length ? `(${declarations.join(', ')})` : ''} { ${field.name}${
    uses.length ? `(${uses.join(', ')})` : ''
  }${selection} }`;
}

function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = placeholder(field.type);
    }
    return value;
  }
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'DateTime':
      return '2026-01-01T00:00:00.000Z';
    default:
      return 'placeholder';
  }
}
