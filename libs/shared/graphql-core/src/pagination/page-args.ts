import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `1ページの件数 (1〜${MAX_PAGE_SIZE}) / Page size.` })
  @IsInt({ message: '件数は整数で指定してください。' })
  @Min(1, { message: '件数は1以上で指定してください。' })
  @Max(MAX_PAGE_SIZE, { message: `件数は${MAX_PAGE_SIZE}以下で指定してください。` })
  first = 20;

  @Field(() => String, {
    nullable: true,
    description: '前のページの endCursor / The previous page’s endCursor.',
  })
  @IsOptional()
  @IsString()
  after?: string | null;
}
