import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
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
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) && arg.defaultValue === undefined) continue;
    if (!isNonNullType(arg.type)) continue;
    declarations.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = placeholder(arg.type);
  }
  const named = getNamedType(field.type);
  const selection =
    isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
  const document = `${kind}${declarations.length ? `(${declarations.join(', ')})` : ''} { ${field.name}${
    args.length ? `(${args.join(', ')})` : ''
  }${selection} }`;
  return { id: `${typeName}.${field.name}`, document, variables };
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
