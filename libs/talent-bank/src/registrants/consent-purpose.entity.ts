import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A version of the purpose statement a registrant consents to (利用目的). Reference data (prisma/seed): a changed text is
 * a new version, never an edit, so what each person agreed to stays provable.
 */
@Entity({ name: 'talent_bank_consent_purposes' })
export class ConsentPurposeEntity {
  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'pk_talent_bank_consent_purposes' })
  version: string;

  @Column({ type: 'date' })
  effectiveFrom: string;

  @Column({ type: 'text' })
  purposeText: string;
}
