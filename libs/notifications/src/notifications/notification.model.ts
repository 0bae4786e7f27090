import { ConnectionType } from '@kakehashi/graphql-core';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { NotificationEntity } from './notification.entity';

@ObjectType('Notification', {
  description: 'ログイン中のユーザーへのお知らせ / An in-app notification for the signed-in user.',
})
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field({
    description:
      'お知らせの種類 (例: CASE_FOLLOW_UP_DUE)。種類は今後増える / Kind, e.g. CASE_FOLLOW_UP_DUE; more may be added.',
  })
  kind: string;

  @Field({ description: '件名 / Title.' })
  title: string;

  @Field({ description: '本文 / Body.' })
  body: string;

  @Field(() => String, {
    nullable: true,
    description: '関連する対象の種類 (例: CASE) / Type of the related item, e.g. CASE.',
  })
  subjectType: string | null;

  @Field(() => ID, { nullable: true, description: '関連する対象のID / Id of the related item.' })
  subjectId: string | null;

  @Field(() => GraphQLISODateTime, { description: '通知日時 / When it was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '既読にした日時 / When it was read.' })
  readAt: Date | null;

  @Field({ description: '既読かどうか / Whether it has been read.' })
  read: boolean;
}

export const NotificationConnection = ConnectionType(NotificationModel, 'Notification');

export function toNotificationModel(entity: NotificationEntity): NotificationModel {
  return {
    id: entity.id,
    kind: entity.kind,
    title: entity.title,
    body: entity.body,
    subjectType: entity.subjectType,
    subjectId: entity.subjectId,
    createdAt: entity.createdAt,
    readAt: entity.readAt,
    read: entity.readAt !== null,
  };
}
