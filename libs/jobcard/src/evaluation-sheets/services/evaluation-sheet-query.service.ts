import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { type DataSource, IsNull, Not } from 'typeorm';
import type { SheetSubject } from '../../access/jobcard-access.queries';
import { JobcardException } from '../../jobcard.exception';
import { EvaluationSheetEntity } from '../evaluation-sheet.entity';
import { SHEET_API_MESSAGES } from '../evaluation-sheets.messages';
import { authoriseSheet, SHEET } from './evaluation-sheet-command.runner';

export interface SheetListFilter {
  caseId?: string | null;
  registrantId?: string | null;
  companyId?: string | null;
}

/** Reading sheets: one, or a person's, for those who may work that person (the same rules as the changes). */
@Injectable()
export class EvaluationSheetQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(user: AuthUser, id: string): Promise<EvaluationSheetEntity> {
    if (!isUUID(id)) throw JobcardException.notFound(SHEET);
    const sheet = await this.dataSource.manager.findOne(EvaluationSheetEntity, { where: { id } });
    if (!sheet) throw JobcardException.notFound(SHEET);
    await authoriseSheet(this.dataSource.manager, user, sheet);
    return sheet;
  }

  /** The sheets of exactly one subject: a case, a registrant or a company's trainees, oldest first. */
  async list(user: AuthUser, filter: SheetListFilter): Promise<EvaluationSheetEntity[]> {
    const given = (['caseId', 'registrantId', 'companyId'] as const).filter((key) => filter[key]);
    const key = given[0];
    const id = key ? filter[key] : null;
    if (given.length !== 1 || !key || !id || !isUUID(id)) {
      throw JobcardException.invalidInput([
        { field: key ?? 'caseId', message: SHEET_API_MESSAGES.subjectMissing },
      ]);
    }
    const subject: SheetSubject = {
      subjectKind: key === 'caseId' ? 'CASE_SECONDEE' : key === 'registrantId' ? 'REGISTRANT' : 'TRAINEE',
      caseId: key === 'caseId' ? id : null,
      registrantId: key === 'registrantId' ? id : null,
      companyId: key === 'companyId' ? id : null,
    };
    await authoriseSheet(this.dataSource.manager, user, subject);
    const where = key === 'companyId' ? { companyId: id, subjectKind: 'TRAINEE' as const } : { [key]: id };
    return this.dataSource.manager.find(EvaluationSheetEntity, { where, order: { createdAt: 'ASC' } });
  }

  /** A registrant's issued sheets: the proof of ability on their record (spec §9.3). */
  async issuedForRegistrant(user: AuthUser, registrantId: string): Promise<EvaluationSheetEntity[]> {
    const subject: SheetSubject = { subjectKind: 'REGISTRANT', caseId: null, registrantId, companyId: null };
    await authoriseSheet(this.dataSource.manager, user, subject);
    return this.dataSource.manager.find(EvaluationSheetEntity, {
      where: { registrantId, issuedOn: Not(IsNull()) },
      order: { issuedOn: 'DESC' },
    });
  }
}
