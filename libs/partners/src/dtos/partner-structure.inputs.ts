import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { AgreementCounterpart } from '../models/partner-graphql-enums';

// Branches, agreements and contacts of an institution. @Allow only: the services check every field.

@InputType({ description: '支店・支部の追加 / Add a branch.' })
export class AddPartnerBranchInput {
  @Field(() => ID)
  @Allow()
  institutionId: string;

  @Field({ description: '支店名 (機関内で重複不可) / Name, unique within the institution.' })
  @Allow()
  name: string;

  @Field({ description: '所在都道府県のJISコード / Prefecture code.' })
  @Allow()
  prefectureCode: string;
}

@InputType({
  description: '支店・支部の編集。省略した項目は変更しません / Edit a branch; omitted fields stay.',
})
export class UpdatePartnerBranchInput {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int)
  @Allow()
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @Allow()
  name?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  prefectureCode?: string | null;
}

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

@InputType({ description: '担当者の追加 / Add a contact person.' })
export class AddPartnerContactInput {
  @Field(() => ID)
  @Allow()
  institutionId: string;

  @Field(() => ID, { nullable: true, description: '所属支店 (省略は本部) / Branch; none = head office.' })
  @Allow()
  branchId?: string | null;

  @Field({ description: '氏名 / Name.' })
  @Allow()
  name: string;

  @Field(() => String, { nullable: true, description: '部署・役職 / Department and title.' })
  @Allow()
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'メールアドレス (電話番号といずれか必須) / E-mail.' })
  @Allow()
  email?: string | null;

  @Field(() => String, { nullable: true, description: '電話番号 (メールアドレスといずれか必須) / Phone.' })
  @Allow()
  phone?: string | null;
}

@InputType({
  description:
    '担当者の編集。省略した項目は変更せず、null は消去 (branchId の null は本部) / Edit; omitted fields stay, null clears.',
})
export class UpdatePartnerContactInput {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int)
  @Allow()
  expectedVersion: number;

  @Field(() => ID, { nullable: true })
  @Allow()
  branchId?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  name?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  phone?: string | null;
}
