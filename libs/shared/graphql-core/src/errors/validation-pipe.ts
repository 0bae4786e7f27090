import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadUserInputError, type FieldError } from './api-errors';

/**
 * Validates every @InputType/@ArgsType with class-validator before a resolver runs (so nothing is written on bad
 * input) and reports each bad field. Decorators carry Japanese messages; a missing one falls back to a generic text.
 */
export function createInputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
