import { FIRST_YEAR, LAST_YEAR } from '@kakehashi/calendar';
import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { FieldError } from '../errors/api-errors';
import { requestRefusal } from './request-refusal';

/**
 * Rules every submitted value obeys, whatever the operation, checked once here before any resolver runs so that no
 * write ever sees them: text is well-formed Unicode without control characters (PostgreSQL refuses NUL, and a lone
 * surrogate would be stored as U+FFFD), and a date-time lies in the years the product deals in. Throws BAD_USER_INPUT
 * (HTTP 400) naming each field; the value itself is never quoted.
 */
export function checkArgumentValues(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): void {
  const fields: FieldError[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return;
        const value = valueFromAST(node.value, argument.type, variables);
        checkValue(value, argument.type, node.name.value, fields);
      },
    }),
  );
  if (fields.length) {
    throw requestRefusal('入力内容に誤りがあります。', { reason: 'INVALID_TEXT', fields });
  }
}

/** Control characters other than tab, line feed and carriage return (C0, DEL, C1). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** A surrogate code unit not paired with its other half (with the u flag, a proper pair reads as one code point). */
const LONE_SURROGATE = /\p{Cs}/u;

export const TEXT_RULE_MESSAGES = {
  control: '使用できない制御文字が含まれています。',
  malformed: '正しくない文字(対になっていないサロゲート)が含まれています。文字を入力し直してください。',
  dateRange: `日時は${FIRST_YEAR}年から${LAST_YEAR}年の範囲で指定してください。`,
} as const;

/** The problem with one text value, if any. */
export function textProblem(text: string): string | null {
  if (LONE_SURROGATE.test(text)) return TEXT_RULE_MESSAGES.malformed;
  if (CONTROL_CHARACTER.test(text)) return TEXT_RULE_MESSAGES.control;
  return null;
}

function checkValue(value: unknown, type: GraphQLInputType, path: string, fields: FieldError[]): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value))
      value.forEach((item, i) => checkValue(item, nullable.ofType, `${path}.${i}`, fields));
    return;
  }
  if (isInputObjectType(nullable)) {
    const declared = nullable.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const field = declared[key];
      if (field) checkValue(item, field.type, `${path}.${key}`, fields);
    }
    return;
  }
  if (!isScalarType(nullable)) return;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) fields.push({ field: path, message: problem });
  } else if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
      fields.push({ field: path, message: TEXT_RULE_MESSAGES.dateRange });
    }
  }
}
