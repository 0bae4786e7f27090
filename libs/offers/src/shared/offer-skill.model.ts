import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OfferSkill } from './offer-enums';

@ObjectType('OfferSkill', {
  description:
    '送出情報・受入情報のスキル・資格。辞書にあれば辞書の名称、なければ入力どおり / A skill of an offer: the dictionary entry, or the text as typed.',
})
export class OfferSkillModel implements OfferSkill {
  @Field(() => ID, {
    nullable: true,
    description: '辞書の項目 (辞書にない場合は null) / Dictionary entry, if any.',
  })
  skillId: string | null;

  @Field({ description: '表示名 / Label.' })
  label: string;

  @Field({ description: '照合キー (表記ゆれを吸収) / Match key: equal keys are the same skill.' })
  key: string;
}
