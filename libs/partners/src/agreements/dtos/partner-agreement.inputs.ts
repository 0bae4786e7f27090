import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { AgreementCounterpart } from '../../partner-graphql-enums';

// Agreements of an institution. @Allow only: the service checks every field.

@InputType({ description: '連携協定の登録 / Record a partnership agreement.' })
export class AddPartnerAgreementInput {
  @Field(() => ID)
  @Allow()
  institutionId: string;

  @Field({ description: '締結日 (YYYY-MM-DD) / Signing date.' })
  @Allow()
  signedOn: string;

  @Field(() => AgreementCounterpart)
  @Allow()
  counterpart: AgreementCounterpart;

  @Field(() => ID, {
    nullable: true,
    description:
      '締結した地方事務所 (REGIONAL_OFFICE のとき必須) / The regional office, for REGIONAL_OFFICE.',
  })
  @Allow()
  officeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '終了日 (過去の協定を記録するとき、YYYY-MM-DD) / End date, to record a past agreement.',
  })
  @Allow()
  endedOn?: string | null;
}

@InputType({ description: '連携協定の終了 / End an agreement.' })
export class EndPartnerAgreementInput {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int)
  @Allow()
  expectedVersion: number;

  @Field({ description: '終了日 (この日から効力なし、YYYY-MM-DD) / First day no longer in force.' })
  @Allow()
  endedOn: string;
}
