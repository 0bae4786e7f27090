import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Allow, IsOptional, IsString, ValidateNested } from 'class-validator';

@InputType('CreateTalentBankSupportRequestInput', {
  description: '企業からの支援依頼の登録 / A company’s request to support its retiring employees.',
})
export class CreateSupportRequestInput {
  @Field(() => ID)
  @Allow()
  companyId: string;

  @Field(() => ID, {
    nullable: true,
    description: '担当事務所 (本部のみ指定可) / Office (headquarters only).',
  })
  @Allow()
  officeId?: string | null;

  @Field({ description: '受付日 / Received on.' })
  @Allow()
  receivedOn: string;

  @Field()
  @Allow()
  contactName: string;

  @Field(() => String, { nullable: true })
  @Allow()
  contactDepartment?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  contactEmail?: string | null;

  @Field(() => Int)
  @Allow()
  peopleCount: number;

  @Field(() => [String], { nullable: true, description: '退職予定日 / Expected leaving dates.' })
  @Allow()
  expectedLeavingDates?: string[] | null;

  @Field(() => String, { nullable: true })
  @Allow()
  notes?: string | null;
}

@InputType('TalentBankSupportRequestFilter')
export class SupportRequestFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  officeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  companyId?: string | null;
}

@ArgsType()
export class SupportRequestsArgs extends PageArgs {
  @Field(() => SupportRequestFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupportRequestFilter)
  filter?: SupportRequestFilter | null;
}
