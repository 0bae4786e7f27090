import { CaseEntity } from '@kakehashi/cases';
import { CompanyEntity, OfficeEntity } from '@kakehashi/organisations';
import { RegistrantEntity } from '@kakehashi/talent-bank';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EditedJobcardRecord, jobcardForeignKeys } from '../shared/jobcard-record.columns';
import { TrainingPlanEntity } from '../training-plans/training-plan.entity';
import type { EvaluationSubjectKind } from '../jobcard-enums';
import type { DutyType, Evaluation, EvaluationSheet } from './evaluation-sheet';

/** An evaluation as stored: the rules' shape, and the follow-up (STEP6) a secondee's mid-term was recorded at. */
export interface StoredEvaluation extends Evaluation {
  readonly followUpId?: string | null;
}

/**
 * 評価シート (ジョブ・カード様式4 / 様式3-3-1-1) of one person: the sheet and its evaluations are JSON documents the rules
 * check (prisma/migrations/20261210090000_jobcard). The subject is a case's secondee, a talent-bank registrant or a
 * client company's trainee; `officeId` is the office it was made for (access reads the subject's offices anew).
 */
@Entity({ name: 'jobcard_evaluation_sheets' })
@jobcardForeignKeys(
  'jobcard_evaluation_sheets',
  {
    case: ['caseId', () => CaseEntity],
    registrant: ['registrantId', () => RegistrantEntity],
    company: ['companyId', () => CompanyEntity],
    plan: ['planId', () => TrainingPlanEntity],
    office: ['officeId', () => OfficeEntity],
  },
  ['createdByUserId', 'updatedByUserId'],
)
@Check(
  'ck_jobcard_evaluation_sheets_subject',
  `("subject_kind" = 'CASE_SECONDEE' AND "case_id" IS NOT NULL AND "registrant_id" IS NULL)
    OR ("subject_kind" = 'REGISTRANT' AND "registrant_id" IS NOT NULL AND "case_id" IS NULL)
    OR ("subject_kind" = 'TRAINEE' AND "company_id" IS NOT NULL AND "case_id" IS NULL AND "registrant_id" IS NULL)`,
)
@Check('ck_jobcard_evaluation_sheets_duty_type', `"duty_type" IN ('OFFICE_SERVICE', 'SKILLED', 'TECHNICAL')`)
@Check('ck_jobcard_evaluation_sheets_period', `"period_end" >= "period_start"`)
// Partial indexes (WHERE … IS NOT NULL) are the migration's; TypeORM only needs to know they are there.
@Index('ix_jobcard_evaluation_sheets_case', { synchronize: false })
@Index('ix_jobcard_evaluation_sheets_registrant', { synchronize: false })
@Index('ix_jobcard_evaluation_sheets_office', ['officeId', 'createdAt'])
export class EvaluationSheetEntity extends EditedJobcardRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_jobcard_evaluation_sheets' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  subjectKind: EvaluationSubjectKind;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  /** The case's worker (CaseWorker.id) the sheet is for, when the case has several. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  caseWorkerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  registrantId: string | null;

  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  planId: string | null;

  @Column({ type: 'uuid' })
  officeId: string;

  @Column({ type: 'varchar', length: 100 })
  traineeName: string;

  @Column({ type: 'varchar', length: 200 })
  duty: string;

  @Column({ type: 'varchar', length: 16 })
  dutyType: DutyType;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'jsonb' })
  sheet: EvaluationSheet;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  evaluations: StoredEvaluation[];

  /** The targets' day (訓練開始前の目標の提示), set when they are issued. */
  @Column({ type: 'date', nullable: true })
  targetsPresentedOn: string | null;

  /** The final evaluation's day, set when it is issued (交付). */
  @Column({ type: 'date', nullable: true })
  issuedOn: string | null;
}
