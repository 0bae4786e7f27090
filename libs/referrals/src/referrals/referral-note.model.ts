import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { ReferralNoteEntity } from './referral-note.entity';

// What only the Center sees of a referral: its internal notes.
@ObjectType('ReferralNote', { description: 'センター内部メモ / The Center’s internal note.' })
export class ReferralNoteModel {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  authorUserId: string;
}

export function toReferralNoteModel(entity: ReferralNoteEntity): ReferralNoteModel {
  return { id: entity.id, body: entity.body, createdAt: entity.createdAt, authorUserId: entity.authorUserId };
}
