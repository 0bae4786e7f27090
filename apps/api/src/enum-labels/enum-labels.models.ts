import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('EnumValueLabel', { description: '選択肢の1つの値の表示名 / How a screen shows one enum value.' })
export class EnumValueLabelModel {
  @Field({ description: '値 (例: SECONDMENT) / The GraphQL value.' })
  value: string;

  @Field({ description: '表示名 (例: 在籍型出向) / Japanese label.' })
  label: string;

  @Field(() => String, {
    nullable: true,
    description: '補足説明 (表示名だけでは足りない値のみ) / Longer Japanese explanation, when there is one.',
  })
  description: string | null;
}

@ObjectType('EnumLabelSet', {
  description: '列挙型1つの全ての値の表示名 / The Japanese labels of every value of one enum.',
})
export class EnumLabelSetModel {
  @Field({ description: '列挙型の名前 (例: MoveType) / The enum’s name in the schema.' })
  name: string;

  @Field(() => [EnumValueLabelModel], {
    description: '値 (定義順: 段階の順、小さい順など) / Values in declaration order.',
  })
  values: EnumValueLabelModel[];
}
