import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { BadUserInputError, type FieldError } from './api-errors';

/**
 * Validates every @InputType/@ArgsType with class-validator before a resolver runs (so nothing is written on bad
 * input) and reports each bad field. Decorators carry Japanese messages; a missing one falls back to a generic text.
 */
export function createInputValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors: ValidationError[]) => new BadUserInputError(flatten(errors)),
  });
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: /[ぁ-んァ-ン一-龥]/.test(message) ? message : '入力値が正しくありません。',
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Nest hands a global pipe every parameter of every resolver, a field resolver's `@Parent()` and `@Context()` too.
 * Only what a caller sends (GraphQL arguments; a REST body, query or path parameter) is validated: the parent is the
 * server's own object, and validating it copied it with class-transformer on every field of every row of a page.
 */
class InputValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL parameters have numeric types (@nestjs/graphql's GqlParamtype, which it does not export).
    const type: unknown = metadata.type;
    if (typeof type === 'number' && type !== GRAPHQL_ARGS) return Promise.resolve(value);
    return super.transform(value, metadata);
  }
}

/** GqlParamtype.ARGS: `@Args()`. ROOT (`@Parent()`) is 0, CONTEXT 1, INFO 2. */
export const GRAPHQL_ARGS = 3;
