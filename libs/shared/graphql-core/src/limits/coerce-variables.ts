import {
  coerceInputValue,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInputType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  valueFromAST,
  type GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { FieldError } from '../errors/api-errors';
import { requestRefusal } from './request-refusal';

/**
 * Coerces an operation's variables as graphql-js would, but reports each problem as a Japanese field error naming
 * the variable and the field (`input.password`), never the value: graphql-js builds its messages from the offending
 * value, which may be a password or a registrant's address. Throws BAD_USER_INPUT (HTTP 400) on any problem.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  const raw = inputs ?? {};
  const coerced: Record<string, unknown> = {};
  const fields: FieldError[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    // Validation already refused a variable of an unknown or output type; nothing to coerce.
    if (!type || !isInputType(type)) continue;
    if (!Object.prototype.hasOwnProperty.call(raw, name) || raw[name] === undefined) {
      if (definition.defaultValue) coerced[name] = valueFromAST(definition.defaultValue, type);
      else if (isNonNullType(type)) fields.push({ field: name, message: MESSAGES.required });
      continue;
    }
    coerced[name] = coerceInputValue(raw[name], type, (path, invalid, error) =>
      fields.push(fieldErrorAt(type, name, path, invalid === null || invalid === undefined, error)),
    );
  }
  if (fields.length) {
    throw requestRefusal('入力内容に誤りがあります。', {
      reason: 'INVALID_VARIABLES',
      fields: dedupe(fields),
    });
  }
  return coerced;
}

const MESSAGES = {
  required: '必須項目です。値を指定してください。',
  unknownField: 'この項目は入力できません(定義されていない項目です)。',
  enumValue: '選択肢にない値です。',
  Int: '整数で指定してください。',
  Float: '数値で指定してください。',
  String: '文字列で指定してください。',
  ID: '文字列のIDで指定してください。',
  Boolean: 'true または false で指定してください。',
  DateTime: '日時をISO 8601形式(例: 2026-04-01T09:00:00+09:00)で指定してください。',
  object: '項目をまとめたオブジェクトで指定してください。',
  other: '値の形式が正しくありません。',
} as const;

/** graphql-js names an unknown or missing input field only in its message; the name is the caller's key, not data. */
const UNKNOWN_FIELD = /^Field "([^"]{1,100})" is not defined by type/;
const MISSING_FIELD = /^Field "([^"]{1,100})" of required type "[^"]+" was not provided/;

function fieldErrorAt(
  root: GraphQLInputType,
  variable: string,
  path: ReadonlyArray<string | number>,
  isNull: boolean,
  error: GraphQLError,
): FieldError {
  const at = [variable, ...path].join('.');
  const unknown = UNKNOWN_FIELD.exec(error.message);
  if (unknown) return { field: `${at}.${unknown[1]}`, message: MESSAGES.unknownField };
  const missing = MISSING_FIELD.exec(error.message);
  if (missing) return { field: `${at}.${missing[1]}`, message: MESSAGES.required };
  const type = typeAt(root, path);
  if (isNull && type && isNonNullType(type)) return { field: at, message: MESSAGES.required };
  return { field: at, message: messageFor(type) };
}

function messageFor(type: GraphQLInputType | undefined): string {
  if (!type) return MESSAGES.other;
  if (isNonNullType(type)) return messageFor(type.ofType);
  if (isEnumType(type)) return MESSAGES.enumValue;
  if (isInputObjectType(type)) return MESSAGES.object;
  if (isListType(type)) return messageFor(getNullableType(type.ofType) as GraphQLInputType);
  if (isScalarType(type) && type.name in MESSAGES) return MESSAGES[type.name as keyof typeof MESSAGES];
  return MESSAGES.other;
}

/** The declared type of the value at `path` below `root` (undefined if the path leaves the type). */
function typeAt(root: GraphQLInputType, path: ReadonlyArray<string | number>): GraphQLInputType | undefined {
  let type: GraphQLInputType | undefined = root;
  for (const key of path) {
    const nullable: GraphQLInputType | undefined = type ? getNullableType(type) : undefined;
    if (typeof key === 'number' && nullable && isListType(nullable)) type = nullable.ofType;
    else if (typeof key === 'string' && nullable && isInputObjectType(nullable)) {
      type = nullable.getFields()[key]?.type;
    } else return undefined;
  }
  return type;
}

function dedupe(fields: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return fields.filter((field) => {
    const key = `${field.field}\u0000${field.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
