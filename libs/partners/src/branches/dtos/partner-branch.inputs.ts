import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';

// Branches of an institution. @Allow only: the service checks every field.

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
