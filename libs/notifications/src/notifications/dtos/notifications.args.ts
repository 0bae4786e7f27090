import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: '未読のみ / Unread ones only.' })
  @IsBoolean({ message: '未読のみの指定は true か false で指定してください。' })
  unreadOnly = false;
}
