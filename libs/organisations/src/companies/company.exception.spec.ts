import { toApiError } from '@kakehashi/graphql-core';
import { CompanyException } from './company.exception';

// Which API error each code becomes: apps/api/src/graphql/domain-errors.spec.ts, for every module at once.
describe('company exceptions as API errors', () => {
  it('passes field errors through for invalid input', () => {
    const fields = [{ field: 'input.legalName', message: '会社名(法人名)を入力してください' }];
    expect(toApiError(CompanyException.invalidInput(fields)).extensions['fields']).toEqual(fields);
  });
});
