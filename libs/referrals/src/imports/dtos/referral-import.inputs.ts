import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/**
 * An uploaded file, Base64-encoded in the GraphQL request (the size limit and every other check are the service's,
 * with Japanese messages; the API's JSON body limit must allow a 5 MB file as Base64, about 6.7 MB).
 */
@InputType('ReferralImportFileInput')
export class ReferralImportFileInput {
  @Field({ description: 'ファイル名 (拡張子 .csv または .xlsx) / File name with its extension.' })
  @IsString()
  @IsNotEmpty({ message: 'ファイル名を指定してください。' })
  @MaxLength(255, { message: 'ファイル名は255文字以内にしてください。' })
  fileName: string;

  @Field({ description: 'ファイルの内容 (Base64) / The file content, Base64-encoded.' })
  @IsString()
  contentBase64: string;
}
