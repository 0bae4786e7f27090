import { UserEntity } from '@kakehashi/identity';
import { ReceivingOfferEntity, SendingOfferEntity } from '@kakehashi/offers';
import {
  CompanyEntity,
  JsicMajorGroupEntity,
  OfficeEntity,
  PrefectureEntity,
} from '@kakehashi/organisations';
import { PartnerBranchEntity, PartnerInstitutionEntity } from '@kakehashi/partners';
import { ReferralImportEntity } from '../imports/referral-import.entity';
import { CompanySize } from '@kakehashi/organisations';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
  ForeignKey,
} from 'typeorm';
import { ReferralNeed, ReferralOutcome, ReferralStatus } from '../referral-enums';

/**
 * A partner's referral (紹介) of a client company. Row-level security: a transaction sees it only in Center scope or
 * in the scope of its institution (and branch); see `applyDatabaseScope` in @kakehashi/database. Foreign keys are in
 * the migration (the schema-drift test compares columns, checks and indexes).
 */
@ForeignKey(() => PartnerInstitutionEntity, ['institutionId'], ['id'], {
  name: 'fk_referrals_institution',
  onDelete: 'RESTRICT',
})
// Composite: the branch must belong to the referral's own institution (checked when branch_id is set).
@ForeignKey(() => PartnerBranchEntity, ['branchId', 'institutionId'], ['id', 'institutionId'], {
  name: 'fk_referrals_branch',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => UserEntity, ['createdByUserId'], ['id'], {
  name: 'fk_referrals_created_by',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => JsicMajorGroupEntity, ['clientJsicMajorCode'], ['code'], {
  name: 'fk_referrals_client_jsic_major',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => PrefectureEntity, ['clientPrefectureCode'], ['code'], {
  name: 'fk_referrals_client_prefecture',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => OfficeEntity, ['assignedOfficeId'], ['id'], {
  name: 'fk_referrals_assigned_office',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => CompanyEntity, ['companyId'], ['id'], {
  name: 'fk_referrals_company',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => SendingOfferEntity, ['sendingOfferId'], ['id'], {
  name: 'fk_referrals_sending_offer',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => ReceivingOfferEntity, ['receivingOfferId'], ['id'], {
  name: 'fk_referrals_receiving_offer',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => ReferralImportEntity, ['importId'], ['id'], {
  name: 'fk_referrals_import',
  onDelete: 'RESTRICT',
})
@Entity({ name: 'referrals' })
@Unique('uq_referrals_import_row', ['importId', 'importRowNumber'])
@Check(
  'ck_referrals_status',
  `"status" IN ('DRAFT', 'SUBMITTED', 'FORWARDED', 'ACCEPTED', 'RETURNED', 'ASSIGNED', 'CONVERTED', 'CLOSED')`,
)
@Check('ck_referrals_client_size', `"client_size" IN ('SME', 'LARGE')`)
@Check(
  'ck_referrals_client_corporate_number',
  `"client_corporate_number" IS NULL OR "client_corporate_number" ~ '^[0-9]{13}$'`,
)
@Check(
  'ck_referrals_client_employee_count',
  `"client_employee_count" IS NULL OR "client_employee_count" >= 0`,
)
@Check('ck_referrals_need', `"need" IN ('SURPLUS', 'SHORTAGE', 'BOTH')`)
@Check(
  'ck_referrals_need_people',
  `("need" IN ('SURPLUS', 'BOTH')) = ("surplus_people" IS NOT NULL)
    AND ("need" IN ('SHORTAGE', 'BOTH')) = ("shortage_people" IS NOT NULL)
    AND coalesce("surplus_people", 1) >= 1 AND coalesce("shortage_people", 1) >= 1`,
)
@Check(
  'ck_referrals_outcome',
  `"outcome" IS NULL OR "outcome" IN ('ESTABLISHED', 'NOT_ESTABLISHED', 'WITHDRAWN')`,
)
@Check(
  'ck_referrals_closed_outcome',
  `("status" = 'CLOSED') = ("outcome" IS NOT NULL) AND ("outcome" IS NULL) = ("outcome_on" IS NULL)`,
)
@Check(
  'ck_referrals_outcome_case',
  `("outcome_case_id" IS NULL OR "outcome_no_case_reason" IS NULL)
    AND (("outcome" = 'ESTABLISHED') = ("outcome_case_id" IS NOT NULL OR "outcome_no_case_reason" IS NOT NULL))`,
)
@Check(
  'ck_referrals_assigned_office',
  `"status" NOT IN ('ASSIGNED', 'CONVERTED') OR "assigned_office_id" IS NOT NULL`,
)
@Check('ck_referrals_converted_company', `"status" <> 'CONVERTED' OR "company_id" IS NOT NULL`)
@Check('ck_referrals_import_row', `("import_id" IS NULL) = ("import_row_number" IS NULL)`)
@Index('ix_referrals_institution_created', ['institutionId', 'createdAt', 'id'])
@Index('ix_referrals_branch', ['branchId'])
@Index('ix_referrals_status_created', ['status', 'createdAt', 'id'])
@Index('ix_referrals_assigned_office', ['assignedOfficeId'])
@Index('ix_referrals_client_corporate_number', ['clientCorporateNumber'])
@Index('ix_referrals_outcome_case', ['outcomeCaseId'])
@Index('ix_referrals_client_name_prefecture', ['clientNameSearchKey', 'clientPrefectureCode'])
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_referrals' })
  id: string;

  @Column({ type: 'uuid' })
  institutionId: string;

  /** null: made by the partner's head office (a PARTNER_HQ user or a bulk upload). */
  @Column({ type: 'uuid', nullable: true })
  branchId: string | null;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @Column({ type: 'varchar', length: 16 })
  status: ReferralStatus;

  @Column({ type: 'varchar', length: 200 })
  clientName: string;

  /** companyNameSearchKey(clientName): what duplicate detection compares. */
  @Column({ type: 'varchar', length: 200 })
  clientNameSearchKey: string;

  @Column({ type: 'char', length: 13, nullable: true })
  clientCorporateNumber: string | null;

  @Column({ type: 'char', length: 1 })
  clientJsicMajorCode: string;

  @Column({ type: 'char', length: 2 })
  clientPrefectureCode: string;

  @Column({ type: 'varchar', length: 8 })
  clientSize: CompanySize;

  @Column({ type: 'integer', nullable: true })
  clientEmployeeCount: number | null;

  @Column({ type: 'varchar', length: 8 })
  need: ReferralNeed;

  @Column({ type: 'integer', nullable: true })
  surplusPeople: number | null;

  @Column({ type: 'integer', nullable: true })
  shortagePeople: number | null;

  @Column({ type: 'varchar', length: 200 })
  occupations: string;

  @Column({ type: 'date', nullable: true })
  desiredStartOn: string | null;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'date' })
  consentObtainedOn: string;

  @Column({ type: 'varchar', length: 100 })
  consentObtainedBy: string;

  @Column({ type: 'boolean', default: false })
  possibleDuplicate: boolean;

  /** Why Center headquarters returned it; the partner sees it. */
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  assignedOfficeId: string | null;

  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  sendingOfferId: string | null;

  @Column({ type: 'uuid', nullable: true })
  receivingOfferId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: ReferralOutcome | null;

  @Column({ type: 'date', nullable: true })
  outcomeOn: string | null;

  /**
   * 成立: the case that established it (opened from this referral's sending or receiving offer)… No foreign key: the
   * referrals library may not know the cases library's entity; the use case checks the case, and cases are never
   * deleted.
   */
  @Column({ type: 'uuid', nullable: true })
  outcomeCaseId: string | null;

  /** …or why there is none. Exactly one of the two for ESTABLISHED, neither otherwise. */
  @Column({ type: 'text', nullable: true })
  outcomeNoCaseReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  importId: string | null;

  /** The row's number in the uploaded file as Excel shows it (1 = the heading row, so data rows start at 2). */
  @Column({ type: 'integer', nullable: true })
  importRowNumber: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  forwardedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  returnedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  convertedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
