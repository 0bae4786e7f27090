import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { assertMayWorkSubject } from '../../access/jobcard-access.policy';
import { subjectOffices, type SheetSubject } from '../../access/jobcard-access.queries';
import { JobcardException } from '../../jobcard.exception';
import type { CreateEvaluationSheetInput } from '../dtos/evaluation-sheet.inputs';
import { EvaluationSheetEntity } from '../evaluation-sheet.entity';
import { SHEET_API_MESSAGES } from '../evaluation-sheets.messages';
import { caseHasWorker, planExists } from '../evaluation-sheets.queries';
import { SEEDED_REFERENCE } from '../reference/seeded-reference';
import { draftEvaluationSheet, modelUnits } from '../sheet-drafts';
import { DUTY_MAX, NAME_MAX, optionalText, periodErrors, requiredText } from './sheet-input.checks';

const SUBJECT_FIELD = { CASE_SECONDEE: 'caseId', REGISTRANT: 'registrantId', TRAINEE: 'companyId' } as const;

/** The subject: exactly the id its kind names (a trainee's sheet may also name the case it belongs to: none). */
function subjectOf(input: CreateEvaluationSheetInput): { subject: SheetSubject; errors: FieldError[] } {
  const field = SUBJECT_FIELD[input.subjectKind];
  const subject: SheetSubject = {
    subjectKind: input.subjectKind,
    caseId: input.subjectKind === 'CASE_SECONDEE' ? (input.caseId ?? null) : null,
    registrantId: input.subjectKind === 'REGISTRANT' ? (input.registrantId ?? null) : null,
    companyId: input.subjectKind === 'TRAINEE' ? (input.companyId ?? null) : null,
  };
  const id = subject[field];
  const errors: FieldError[] =
    typeof id === 'string' && isUUID(id)
      ? []
      : [{ field: `input.${field}`, message: SHEET_API_MESSAGES.subjectMissing }];
  return { subject, errors };
}

function inputErrors(input: CreateEvaluationSheetInput): FieldError[] {
  const errors = [
    ...requiredText('input.traineeName', input.traineeName, '訓練参加者氏名', NAME_MAX),
    ...requiredText('input.duty', input.duty, '訓練の職務', DUTY_MAX),
    ...periodErrors('input.', input.periodStart, input.periodEnd),
    ...optionalText('input.company', input.company, '実習実施企業', DUTY_MAX),
    ...optionalText('input.evaluationLeadName', input.evaluationLeadName, '評価責任者氏名', NAME_MAX),
    ...optionalText('input.representativeName', input.representativeName, '代表者氏名', NAME_MAX),
    ...optionalText('input.caseWorkerId', input.caseWorkerId, '対象労働者', 64),
  ];
  if (input.planId && !isUUID(input.planId)) {
    errors.push({ field: 'input.planId', message: '訓練実施計画の指定が正しくありません。' });
  }
  const code = input.specialModelCode?.trim();
  if (code && !SEEDED_REFERENCE.specialModels.some((model) => model.code === code)) {
    errors.push({ field: 'input.specialModelCode', message: SHEET_API_MESSAGES.specialModelUnknown(code) });
  }
  return errors;
}

/**
 * A new sheet for a person: section II and the duty type's III(1) model filled in by the rules' draft, III(2) from the
 * model sheet chosen (or empty for the company to set), section I left to fill in.
 */
@Injectable()
export class CreateEvaluationSheetService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(user: AuthUser, input: CreateEvaluationSheetInput): Promise<EvaluationSheetEntity> {
    const { subject, errors } = subjectOf(input);
    errors.push(...inputErrors(input));
    if (errors.length) throw JobcardException.invalidInput(errors);
    return this.dataSource.transaction(async (tx) => {
      const offices = await subjectOffices(tx, subject);
      if (!offices) {
        const field = `input.${SUBJECT_FIELD[subject.subjectKind]}`;
        throw JobcardException.invalidInput([{ field, message: SHEET_API_MESSAGES.subjectNotFound }]);
      }
      assertMayWorkSubject(user, subject.subjectKind, offices);
      await this.checkReferences(tx, subject, input);
      return tx.save(EvaluationSheetEntity, this.draft(user, subject, offices[0], input));
    });
  }

  private async checkReferences(tx: EntityManager, subject: SheetSubject, input: CreateEvaluationSheetInput) {
    const errors: FieldError[] = [];
    const workerId = input.caseWorkerId?.trim();
    if (workerId && (!subject.caseId || !(await caseHasWorker(tx, subject.caseId, workerId)))) {
      errors.push({ field: 'input.caseWorkerId', message: SHEET_API_MESSAGES.caseWorkerUnknown });
    }
    if (input.planId && !(await planExists(tx, input.planId))) {
      errors.push({ field: 'input.planId', message: '指定された訓練実施計画が見つかりません。' });
    }
    if (errors.length) throw JobcardException.invalidInput(errors);
  }

  private draft(
    user: AuthUser,
    subject: SheetSubject,
    officeId: string,
    input: CreateEvaluationSheetInput,
  ): Partial<EvaluationSheetEntity> {
    const draft = draftEvaluationSheet(
      {
        duty: input.duty.trim(),
        traineeName: input.traineeName.trim(),
        company: input.company?.trim() ?? '',
        evaluationLeadName: input.evaluationLeadName?.trim() ?? '',
        representativeName: input.representativeName?.trim() ?? '',
        issuedOn: null,
      },
      input.dutyType,
    );
    const model = SEEDED_REFERENCE.specialModels.find((m) => m.code === input.specialModelCode?.trim());
    const sheet = model ? { ...draft, section3Special: { units: modelUnits(model) } } : draft;
    return {
      ...subject,
      caseWorkerId: input.caseWorkerId?.trim() || null,
      planId: input.planId ?? null,
      officeId,
      traineeName: sheet.header.traineeName,
      duty: sheet.header.duty,
      dutyType: input.dutyType,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      sheet,
      evaluations: [],
      createdByUserId: user.id,
      updatedByUserId: user.id,
    };
  }
}
