import { ApiErrorFilter } from '@kakehashi/graphql-core';
import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { StatisticsException, toStatisticsApiError } from '../statistics.exception';

/**
 * The statistics refusals on the download routes: the same API error as the GraphQL queries give, written as an HTTP
 * answer (403 FORBIDDEN for another office, 400 BAD_USER_INPUT with the fields) by the application's ApiErrorFilter.
 */
@Catch(StatisticsException)
export class StatisticsExportExceptionFilter implements ExceptionFilter {
  private readonly http = new ApiErrorFilter();

  catch(exception: StatisticsException, host: ArgumentsHost): void {
    this.http.catch(toStatisticsApiError(exception), host);
  }
}
