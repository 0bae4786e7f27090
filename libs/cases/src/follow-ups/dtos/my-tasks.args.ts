import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { CaseTaskFilter } from '../case-task.model';

@ArgsType()
export class MyTasksArgs extends PageArgs {
  @Field(() => CaseTaskFilter, { defaultValue: CaseTaskFilter.DUE })
  @IsEnum(CaseTaskFilter, { message: '絞り込みの指定が正しくありません。' })
  filter: CaseTaskFilter = CaseTaskFilter.DUE;
}
