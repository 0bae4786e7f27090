import { documentFor } from './operations';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** One fuzzed call: an operation with every argument as a variable, and one value in it replaced. */
export interface FuzzCall {
  /** e.g. `Mutation.createCompany input.legalName: NUL` */
  label: string;
  operation: string;
  document: string;
  variables: Record<string, unknown>;
  /** The same call unfuzzed: plausible values, real ids where the demo data has them. */
  baseVariables: Record<string, unknown>;
}

/** A real id for an ID field (`companyId`, or `id` of `updateCompany`), so calls get past "not found". */
export type IdSource = (fieldName: string, operation: string) => string | undefined;

type Path = (string | number)[];

/** Hostile and malformed values for each kind of input, as the fuzzing that found the server errors sent them. */
const TEXT_VALUES: [string, unknown][] = [
  ['empty', ''],
  ['huge', 'あ'.repeat(20_000)],
  ['injection', "'); DROP TABLE users; --"],
  ['NUL', 'a\u0000b'],
  ['lone surrogate', 'スキル\ud800'],
  ['year 0000', '0000-01-01'],
  ['impossible date', '2026-02-30'],
  ['wrong type', 12345],
];
const ID_VALUES: [string, unknown][] = [
  ['empty id', ''],
  ['not a uuid', 'not-a-uuid'],
  ['NUL id', '0\u0000'],
];
const INT_VALUES: [string, unknown][] = [
  ['negative', -1],
  ['most negative', -2147483648],
  ['largest', 2147483647],
  ['fraction', 1.5],
  ['wrong type', 'abc'],
];
const FLOAT_VALUES: [string, unknown][] = [
  ['negative', -1e308],
  ['largest', 1e308],
  ['wrong type', 'abc'],
];
const DATE_TIME_VALUES: [string, unknown][] = [
  ['year 0000', '0000-01-01T00:00:00.000Z'],
  ['garbage', 'not a date'],
];

/**
 * A call of `field` with every argument as a variable and a plausible value for every input field, optional ones
 * included (so each can be replaced), with real ids where `ids` has them.
 */
export function fullCall(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  ids: IdSource,
): { document: string; variables: Record<string, unknown> } {
  const document = documentFor(kind, field, field.args);
  const idFor = (name: string) => ids(name, field.name);
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) variables[arg.name] = sample(arg.type, arg.name, idFor);
  return { document, variables };
}

/**
 * Every mutation and query in the schema, with every value of its arguments replaced in turn by each hostile value of
 * its kind.
 */
export function fuzzCalls(schema: GraphQLSchema, ids: IdSource): FuzzCall[] {
  return (['mutation', 'query'] as const).flatMap((kind) => {
    const type = kind === 'mutation' ? schema.getMutationType() : schema.getQueryType();
    return Object.values(type?.getFields() ?? {}).flatMap((field) => callsFor(kind, field, ids));
  });
}

function callsFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  ids: IdSource,
): FuzzCall[] {
  const operation = `${kind === 'mutation' ? 'Mutation' : 'Query'}.${field.name}`;
  const { document, variables: base } = fullCall(kind, field, ids);
  const calls: FuzzCall[] = [];
  for (const arg of field.args) {
    for (const [path, type] of leaves(arg.type, [arg.name])) {
      for (const [variant, value] of hostileValues(type)) {
        calls.push({
          label: `${operation} ${path.join('.')}: ${variant}`,
          operation,
          document,
          variables: replaced(base, path, value),
          baseVariables: base,
        });
      }
    }
  }
  return calls;
}

function hostileValues(type: GraphQLInputType): [string, unknown][] {
  const nullable = getNullableType(type);
  const values: [string, unknown][] = isNonNullType(type) ? [['null', null]] : [];
  if (isEnumType(nullable)) return [...values, ['enum typo', 'NOT_A_VALUE']];
  if (isInputObjectType(nullable)) return [...values, ['unknown field', { notAField: 1 }]];
  switch (getNamedType(nullable).name) {
    case 'ID':
      return [...values, ...ID_VALUES];
    case 'Int':
      return [...values, ...INT_VALUES];
    case 'Float':
      return [...values, ...FLOAT_VALUES];
    case 'Boolean':
      return [...values, ['wrong type', 'yes']];
    case 'DateTime':
      return [...values, ...DATE_TIME_VALUES];
    default:
      return [...values, ...TEXT_VALUES];
  }
}

/** Each value's path and declared type: scalars and enums, and input objects themselves (for unknown fields). */
function leaves(type: GraphQLInputType, path: Path, depth = 0): [Path, GraphQLInputType][] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return leaves(nullable.ofType, [...path, 0], depth);
  if (isInputObjectType(nullable)) {
    if (depth > 3) return [];
    return [
      [path, type],
      ...Object.values(nullable.getFields()).flatMap((field) =>
        leaves(field.type, [...path, field.name], depth + 1),
      ),
    ];
  }
  return [[path, type]];
}

/** A plausible value of every field, optional ones included, so that each can be replaced. */
function sample(
  type: GraphQLInputType,
  name: string,
  idFor: (name: string) => string | undefined,
  depth = 0,
): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sample(nullable.ofType, name, idFor, depth)];
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  if (isInputObjectType(nullable)) {
    if (depth > 3) return null;
    return Object.fromEntries(
      Object.values(nullable.getFields()).map((field) => [
        field.name,
        sample(field.type, field.name, idFor, depth + 1),
      ]),
    );
  }
  switch (nullable.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'ID':
      return idFor(name) ?? '00000000-0000-4000-8000-000000000000';
    case 'DateTime':
      return '2026-04-01T00:00:00.000Z';
    default:
      return /(On|Date|date|From|To|Month)$/.test(name) ? '2026-04-01' : 'テスト';
  }
}

function replaced(base: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  let target: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    target = target[key] as Record<string | number, unknown>;
  }
  target[path[path.length - 1]] = value;
  return copy;
}
