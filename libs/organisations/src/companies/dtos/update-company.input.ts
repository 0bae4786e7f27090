import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { CreateCompanyInput } from './create-company.input';

// The fields of CreateCompanyInput, all optional: an omitted field keeps its value; null clears an optional one.
// As there, the rules are checked by the use case so that every problem is reported together.

@InputType({
  description: '企業の編集。省略した項目は変更しません / Edit a company; omitted fields stay as they are.',
})
export class UpdateCompanyInput extends PartialType(
  OmitType(CreateCompanyInput, ['owningOfficeId'] as const),
) {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int, { description: '編集を始めたときの version / The version the edit started from.' })
  @Allow()
  expectedVersion: number;

  @Field(() => ID, {
    nullable: true,
    description: '担当事務所の変更 (本部・管理者のみ) / Hand over to another office (HQ and admins).',
  })
  @Allow()
  owningOfficeId?: string | null;
}
