// The offices a sheet's subject belongs to, read from the owning domains' tables at each access (a case's offices, a
// registrant's registering office, a company's owning office), so a move of the person moves who may read the sheet.
import type { EntityManager } from 'typeorm';
import type { EvaluationSubjectKind } from '../jobcard-enums';

export interface SheetSubject {
  subjectKind: EvaluationSubjectKind;
  caseId: string | null;
  registrantId: string | null;
  companyId: string | null;
}

/** The offices involved, or null when the subject does not exist. */
export async function subjectOffices(db: EntityManager, subject: SheetSubject): Promise<string[] | null> {
  switch (subject.subjectKind) {
    case 'CASE_SECONDEE': {
      const rows: { sending: string; receiving: string }[] = await db.query(
        `SELECT "sending_office_id" AS sending, "receiving_office_id" AS receiving FROM "cases" WHERE "id" = $1`,
        [subject.caseId],
      );
      return rows.length ? [rows[0].sending, rows[0].receiving] : null;
    }
    case 'REGISTRANT': {
      const rows: { office: string }[] = await db.query(
        `SELECT "office_id" AS office FROM "talent_bank_registrants" WHERE "id" = $1`,
        [subject.registrantId],
      );
      return rows.length ? [rows[0].office] : null;
    }
    case 'TRAINEE': {
      const rows: { office: string }[] = await db.query(
        `SELECT "owning_office_id" AS office FROM "companies" WHERE "id" = $1`,
        [subject.companyId],
      );
      return rows.length ? [rows[0].office] : null;
    }
  }
}
