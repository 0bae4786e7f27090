import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { toApiError } from './identity-errors';
import { IdentityException } from './identity.exception';

/** Lets the identity resolvers throw `IdentityException` and still answer with a typed GraphQL error. */
@Catch(IdentityException)
export class IdentityExceptionFilter implements GqlExceptionFilter {
  catch(exception: IdentityException) {
    return toApiError(exception);
  }
}
