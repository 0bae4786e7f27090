import { CaseEntity } from '@kakehashi/cases';
import { CompanyEntity, OfficeEntity } from '@kakehashi/organisations';
import { RegistrantEntity } from '@kakehashi/talent-bank';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EditedJobcardRecord, jobcardForeignKeys } from '../shared/jobcard-record.columns';
import type { JobCardCompanySize } from '../eligibility/rules/employer-eligibility';
import type { TraineeFacts } from '../eligibility/rules/trainee-facts';
import type { TrainingLog } from '../training-logs/rules/training-log.types';
import type { TrainingPlanDraft, TrainingType } from './rules/training-plan.types';

export type TrainingPlanStatus = 'DRAFT' | 'ACCEPTED';

/** The trainee's facts as recorded on the plan: the training's dates come from the plan's period. */
export type StoredTraineeFacts = Omit<TraineeFacts, 'trainingStart' | 'trainingEnd'>;

/** The OJT diary and the Off-JT report as stored (the period is the plan's). */
export type StoredTrainingLog = Pick<TrainingLog, 'ojt' | 'offJt'>;

/**
 * 訓練実施計画 of a client company (有期実習型訓練), one aggregate: the draft as the consultant typed it (checked by the
 * rules when read, never trusted as valid), the trainee's facts for the eligibility rules and the daily logs. The
 * office is the company's owning office, whose consultants work the plan (and those of the case's offices when it is
 * tied to a case). The company size is snapshotted when the plan is submitted (R-EM-7).
 */
@Entity({ name: 'jobcard_training_plans' })
@jobcardForeignKeys(
  'jobcard_training_plans',
  {
    company: ['companyId', () => CompanyEntity],
    office: ['officeId', () => OfficeEntity],
    case: ['caseId', () => CaseEntity],
    registrant: ['registrantId', () => RegistrantEntity],
  },
  ['createdByUserId', 'updatedByUserId'],
)
@Check('ck_jobcard_training_plans_type', `"training_type" IN ('BASIC', 'CAREER_UP', 'DISPATCH_EMPLOYER')`)
@Check('ck_jobcard_training_plans_status', `"status" IN ('DRAFT', 'ACCEPTED')`)
@Check('ck_jobcard_training_plans_size', `"company_size_at_submission" IN ('SME', 'LARGE')`)
@Index('ix_jobcard_training_plans_company', ['companyId', 'createdAt'])
@Index('ix_jobcard_training_plans_office', ['officeId', 'createdAt'])
@Index('ix_jobcard_training_plans_case', { synchronize: false })
export class TrainingPlanEntity extends EditedJobcardRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_jobcard_training_plans' })
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  officeId: string;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  /** The talent bank registrant who is the trainee, when there is one: eligibility from their work history. */
  @Column({ type: 'uuid', nullable: true })
  registrantId: string | null;

  @Column({ type: 'varchar', length: 100 })
  traineeName: string;

  @Column({ type: 'varchar', length: 24 })
  trainingType: TrainingType;

  @Column({ type: 'varchar', length: 16, default: 'DRAFT' })
  status: TrainingPlanStatus;

  @Column({ type: 'jsonb' })
  draft: TrainingPlanDraft;

  @Column({ type: 'jsonb', nullable: true })
  traineeFacts: StoredTraineeFacts | null;

  @Column({ type: 'jsonb', default: () => `'{"ojt": [], "offJt": []}'` })
  logs: StoredTrainingLog;

  @Column({ type: 'varchar', length: 8, nullable: true })
  companySizeAtSubmission: JobCardCompanySize | null;
}
