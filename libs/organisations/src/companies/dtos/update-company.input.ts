import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { CompanySize } from '../company.entity';

// As in CreateCompanyInput, the rules are checked by the use case so that every problem is reported together.
// An omitted field keeps its value; null clears an optional one.

@InputType({
  description: '企業の編集。省略した項目は変更しません / Edit a company; omitted fields stay as they are.',
})
export class UpdateCompanyInput {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int, { description: '編集を始めたときの version / The version the edit started from.' })
  @Allow()
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @Allow()
  legalName?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  legalNameKana?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  corporateNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  jsicMajorCode?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  jsicMiddleCode?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  prefectureCode?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  address?: string | null;

  @Field(() => CompanySize, { nullable: true })
  @Allow()
  size?: CompanySize | null;

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

  @Field(() => String, { nullable: true })
  @Allow()
  notes?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '担当事務所の変更 (本部・管理者のみ) / Hand over to another office (HQ and admins).',
  })
  @Allow()
  owningOfficeId?: string | null;
}
