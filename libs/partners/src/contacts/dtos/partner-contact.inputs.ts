import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';

// Contacts of an institution. @Allow only: the service checks every field.

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
