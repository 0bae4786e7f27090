import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { CompanySize } from '../company.entity';

// Fields carry @Allow only: the rules live in normaliseCompanyFields/CompanyInputValidator, which also check codes
// against the reference tables, so that one response lists every problem at once (the global pipe stops per field
// and cannot see the database). @Allow keeps the fields through the pipe's whitelist.

@InputType({ description: '企業の登録 / Register a company.' })
export class CreateCompanyInput {
  @Field({ description: '法人名 (必須、200文字以内) / Legal name.' })
  @Allow()
  legalName: string;

  @Field(() => String, { nullable: true, description: 'フリガナ (カタカナ・ひらがな) / Name in kana.' })
  @Allow()
  legalNameKana?: string | null;

  @Field(() => String, { nullable: true, description: '法人番号 (13桁) / Corporate number.' })
  @Allow()
  corporateNumber?: string | null;

  @Field({ description: '産業分類 大分類コード (A〜T) / JSIC major group code.' })
  @Allow()
  jsicMajorCode: string;

  @Field(() => String, {
    nullable: true,
    description: '産業分類 中分類コード (2桁) / JSIC middle group code.',
  })
  @Allow()
  jsicMiddleCode?: string | null;

  @Field({ description: '都道府県コード (01〜47) / Prefecture code.' })
  @Allow()
  prefectureCode: string;

  @Field(() => String, { nullable: true })
  @Allow()
  address?: string | null;

  @Field(() => CompanySize)
  @Allow()
  size: CompanySize;

  @Field(() => Int, { nullable: true })
  @Allow()
  employeeCount?: number | null;

  @Field(() => String, { nullable: true })
  @Allow()
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: '備考 (2000文字以内) / Notes.' })
  @Allow()
  notes?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      '担当事務所。本部・管理者は必須、コンサルタントは省略すると自事務所 / Owning office: required for HQ and admins; consultants get their own.',
  })
  @Allow()
  owningOfficeId?: string | null;
}
