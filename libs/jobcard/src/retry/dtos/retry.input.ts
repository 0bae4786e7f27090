import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import type { RetryMenuId } from '../retry-catalogue';
import type { RetryNoteStatus } from '../retry-note.entity';
import {
  RetryCareerKindValues,
  RetryItLevelValues,
  RetryMenuIdValues,
  RetryNoteStatusValues,
} from '../retry-graphql-enums';
import type { RetryCareerKind, RetryItLevel } from '../rules/suggest-retry-menus';

@InputType('RetryPersonInput', { description: 'RETRY のメニューを探す人 / The person menus are sought for.' })
export class RetryPersonInput {
  @Field(() => Int, { description: '年齢 / Age.' })
  @Allow()
  age: number;

  @Field({
    defaultValue: false,
    description: '女性で、出産・育児等で中断したキャリアに戻りたい / A woman returning after childcare.',
  })
  @Allow()
  returningAfterChildcare: boolean;

  @Field(() => RetryCareerKindValues, { defaultValue: 'OTHER' })
  @Allow()
  careerKind: RetryCareerKind;

  @Field({
    defaultValue: false,
    description: '非正規雇用で正社員を目指す / Non-regular, wanting regular work.',
  })
  @Allow()
  nonRegular: boolean;

  @Field(() => RetryItLevelValues, { nullable: true })
  @Allow()
  itLevel?: RetryItLevel | null;

  @Field(() => [String], { defaultValue: [], description: '不足しているスキル / Missing skills.' })
  @Allow()
  missingSkills: string[];

  @Field(() => [String], { defaultValue: [], description: '不足している資格 / Missing licences.' })
  @Allow()
  missingLicences: string[];
}

@InputType('NoteRetryProgrammeInput', {
  description:
    'RETRY プログラムの紹介・受講を記録 (案件の出向者または登録者) / Note a programme for a person.',
})
export class NoteRetryProgrammeInput {
  @Field(() => ID, { nullable: true, description: '案件 (出向者) / The case.' })
  @Allow()
  caseId?: string | null;

  @Field(() => ID, { nullable: true, description: '人材バンク登録者 / The registrant.' })
  @Allow()
  registrantId?: string | null;

  @Field(() => RetryMenuIdValues)
  @Allow()
  menuId: RetryMenuId;

  @Field(() => RetryNoteStatusValues)
  @Allow()
  status: RetryNoteStatus;

  @Field(() => String, { nullable: true, description: 'メモ / Note.' })
  @Allow()
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '既存の記録を更新するときのバージョン (新規は省略) / Version of the existing note.',
  })
  @Allow()
  version?: number | null;
}
