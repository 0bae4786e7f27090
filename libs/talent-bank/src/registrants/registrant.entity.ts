import { UserEntity } from '@kakehashi/identity';
import { OfficeEntity, PrefectureEntity } from '@kakehashi/organisations';
import type { OfferSkill } from '@kakehashi/offers';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  AgeBand,
  ConsentMethod,
  EligibilityReason,
  Gender,
  PhysicalDemand,
  RegistrantStatus,
  sqlInList,
  WorkHistoryEmploymentKind,
  WorkingStyleWanted,
} from '../talent-bank-enums';
import { ConsentPurposeEntity } from './consent-purpose.entity';
import { SupportRequestEntity } from '../support-requests/support-request.entity';

/**
 * One entry of the Job Card's work history (職務経歴シート): months as YYYY-MM, `to` null while still employed. The
 * employment kind and the field were added for the Job Card's training eligibility (spec §3.2); entries written
 * before them have neither, so both are optional.
 */
export interface WorkHistoryEntry {
  from: string;
  to: string | null;
  company: string;
  duties: string;
  position: string | null;
  employmentKind?: WorkHistoryEmploymentKind | null;
  /** The field of the work (e.g. 金属プレス加工), compared with a training's field. */
  field?: string | null;
}

/** numeric columns arrive as strings from pg. */
export const decimalTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A Career Talent Bank registrant (キャリア人材バンク登録者). Name and kana are plain with normalised search keys (search
 * by name must work); the date of birth and the contact details are AES-256-GCM ciphertexts (see PersonalDataCipher)
 * under the key `encryption_key_id` names. Anonymisation replaces the name, nulls the ciphertexts and clears the
 * career and wishes, keeping only the columns statistics need (office, prefecture, age band, reason, dates, status).
 */
@Entity({ name: 'talent_bank_registrants' })
@Check('ck_talent_bank_registrants_status', `"status" IN (${sqlInList(RegistrantStatus)})`)
@Check('ck_talent_bank_registrants_closed', `("status" = 'ACTIVE') = ("closed_on" IS NULL)`)
@Check('ck_talent_bank_registrants_reason', `"eligibility_reason" IN (${sqlInList(EligibilityReason)})`)
@Check('ck_talent_bank_registrants_age_band', `"age_band_at_registration" IN (${sqlInList(AgeBand)})`)
@Check('ck_talent_bank_registrants_consent_method', `"consent_method" IN (${sqlInList(ConsentMethod)})`)
@Check('ck_talent_bank_registrants_gender', `"gender" IS NULL OR "gender" IN (${sqlInList(Gender)})`)
@Check(
  'ck_talent_bank_registrants_working_style',
  `"working_style" IS NULL OR "working_style" IN (${sqlInList(WorkingStyleWanted)})`,
)
@Check(
  'ck_talent_bank_registrants_physical_demand',
  `"max_physical_demand" IS NULL OR "max_physical_demand" IN (${sqlInList(PhysicalDemand)})`,
)
@Check(
  'ck_talent_bank_registrants_days',
  `"desired_days_per_week" IS NULL OR "desired_days_per_week" BETWEEN 1 AND 7`,
)
@Check(
  'ck_talent_bank_registrants_hours',
  `"desired_hours_per_day" IS NULL OR "desired_hours_per_day" BETWEEN 1 AND 24`,
)
@Check('ck_talent_bank_registrants_wage', `"desired_monthly_wage" IS NULL OR "desired_monthly_wage" >= 0`)
@Check(
  'ck_talent_bank_registrants_personal_data',
  `("anonymised_at" IS NULL) = ("date_of_birth_ciphertext" IS NOT NULL AND "encryption_key_id" IS NOT NULL)`,
)
@Check('ck_talent_bank_registrants_anonymised_closed', `"anonymised_at" IS NULL OR "status" <> 'ACTIVE'`)
@Index('ix_talent_bank_registrants_office_status', ['officeId', 'status'])
@Index('ix_talent_bank_registrants_name_search_key', ['nameSearchKey'])
@Index('ix_talent_bank_registrants_kana_search_key', ['kanaSearchKey'])
@Index('ix_talent_bank_registrants_status_contacted', ['status', 'lastContactedOn'])
@Index('ix_talent_bank_registrants_status_closed', ['status', 'closedOn'])
@Index('ix_talent_bank_registrants_support_request', ['supportRequestId'])
@Index('ix_talent_bank_registrants_key', ['encryptionKeyId'])
export class RegistrantEntity {
  /** Made by the application before insert: it is bound into the ciphertexts (associated data). */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_talent_bank_registrants' })
  id: string;

  /** The registering office: its consultants (and headquarters) work the registration. */
  @Column({ type: 'uuid' })
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id', foreignKeyConstraintName: 'fk_talent_bank_registrants_office' })
  office?: OfficeEntity;

  @Column({ type: 'uuid', nullable: true })
  supportRequestId: string | null;

  @ManyToOne(() => SupportRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'support_request_id',
    foreignKeyConstraintName: 'fk_talent_bank_registrants_support_request',
  })
  supportRequest?: SupportRequestEntity;

  @Column({ type: 'varchar', length: 16, default: RegistrantStatus.ACTIVE })
  status: RegistrantStatus;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Katakana reading as typed (NFKC); '' once anonymised. */
  @Column({ type: 'varchar', length: 200 })
  kana: string;

  @Column({ type: 'varchar', length: 200 })
  nameSearchKey: string;

  @Column({ type: 'varchar', length: 200 })
  kanaSearchKey: string;

  @Column({ type: 'text', nullable: true })
  dateOfBirthCiphertext: string | null;

  @Column({ type: 'text', nullable: true })
  phoneCiphertext: string | null;

  @Column({ type: 'text', nullable: true })
  emailCiphertext: string | null;

  @Column({ type: 'text', nullable: true })
  addressCiphertext: string | null;

  /** The key the row's ciphertexts are under (null once anonymised): rows still under an old key are found by it. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  encryptionKeyId: string | null;

  /** Prefecture of residence (kept after anonymisation: statistics by region). */
  @Column({ type: 'char', length: 2 })
  prefectureCode: string;

  @ManyToOne(() => PrefectureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prefecture_code', foreignKeyConstraintName: 'fk_talent_bank_registrants_prefecture' })
  prefecture?: PrefectureEntity;

  @Column({ type: 'varchar', length: 16, nullable: true })
  gender: Gender | null;

  @Column({ type: 'varchar', length: 16 })
  ageBandAtRegistration: AgeBand;

  @Column({ type: 'varchar', length: 40 })
  eligibilityReason: EligibilityReason;

  /** The day the person left (or will leave) the job; required for LEFT_JOB_AT_60_OR_OVER. */
  @Column({ type: 'date', nullable: true })
  leftJobOn: string | null;

  @Column({ type: 'date' })
  consentGivenOn: string;

  @Column({ type: 'varchar', length: 32 })
  consentPurposeVersion: string;

  @ManyToOne(() => ConsentPurposeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'consent_purpose_version',
    foreignKeyConstraintName: 'fk_talent_bank_registrants_consent_purpose',
  })
  consentPurpose?: ConsentPurposeEntity;

  @Column({ type: 'varchar', length: 16 })
  consentMethod: ConsentMethod;

  @Column({ type: 'date', nullable: true })
  consentWithdrawnOn: string | null;

  @Column({ type: 'date' })
  registeredOn: string;

  /** The registration expires TALENT_BANK_EXPIRY_DAYS after this without contact. */
  @Column({ type: 'date' })
  lastContactedOn: string;

  /** When the registration ended (re-employment, withdrawal, expiry): the retention period runs from here. */
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;

  // Job Card (ジョブ・カード) career record.
  @Column({ type: 'jsonb', default: () => "'[]'" })
  workHistory: WorkHistoryEntry[];

  /** Licences and qualifications, resolved against the skills dictionary. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  qualifications: OfferSkill[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skills: OfferSkill[];

  /** Keys of the qualifications and skills plus those they imply: what openings' required skills match on. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skillKeys: string[];

  @Column({ type: 'text', nullable: true })
  strengths: string | null;

  @Column({ type: 'text', nullable: true })
  evaluationSummary: string | null;

  // Wishes.
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  desiredOccupationCodes: string[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  workingStyle: WorkingStyleWanted | null;

  @Column({ type: 'integer', nullable: true })
  desiredDaysPerWeek: number | null;

  @Column({ type: 'numeric', precision: 3, scale: 1, nullable: true, transformer: decimalTransformer })
  desiredHoursPerDay: number | null;

  @Column({ type: 'integer', nullable: true })
  desiredMonthlyWage: number | null;

  /** Empty: anywhere. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  acceptablePrefectureCodes: string[];

  @Column({ type: 'date', nullable: true })
  earliestStartOn: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  maxPhysicalDemand: PhysicalDemand | null;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'created_by_user_id',
    foreignKeyConstraintName: 'fk_talent_bank_registrants_created_by',
  })
  createdBy?: UserEntity;

  @Column({ type: 'uuid' })
  updatedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'updated_by_user_id',
    foreignKeyConstraintName: 'fk_talent_bank_registrants_updated_by',
  })
  updatedBy?: UserEntity;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
