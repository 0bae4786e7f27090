import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import { jobcardAccessContext, JobcardAccessLogService } from './jobcard-access-log.service';
import { sheetFieldsSelected } from './sheet-personal-fields';

/** Logs a read of sheets' personal data before the result goes out: the fields the request selected, never values. */
@Injectable()
export class SheetReadLogger {
  constructor(private readonly log: JobcardAccessLogService) {}

  async read(
    user: AuthUser,
    info: GraphQLResolveInfo,
    request: { ip?: string } | undefined,
    sheets: readonly { id: string }[],
  ): Promise<void> {
    await this.log.allowed(
      jobcardAccessContext(user, info, request),
      'READ',
      'EVALUATION_SHEET',
      sheets.map((sheet) => sheet.id),
      sheetFieldsSelected(info),
    );
  }
}
