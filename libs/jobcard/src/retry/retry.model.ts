import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RetryGroup, RetryMenuId } from './retry-catalogue';
import type { RetryNoteStatus } from './retry-note.entity';
import { RetryGroupValues, RetryMenuIdValues, RetryNoteStatusValues } from './retry-graphql-enums';

@ObjectType('RetryMenu', { description: 'RETRY のメニュー (8プロジェクト、名称は仮称) / A RETRY menu.' })
export class RetryMenuModel {
  @Field(() => RetryMenuIdValues)
  id: RetryMenuId;

  @Field(() => RetryGroupValues)
  group: RetryGroup;

  @Field({ description: '分野 (例: 中高年関係) / Group name.' })
  groupName: string;

  @Field({ description: 'メニュー名 (例: 技術系型) / Menu name.' })
  menuName: string;

  @Field({ description: '表示名 (仮称つき) / Title as shown.' })
  title: string;

  @Field({ description: '名称は仮称か / Provisional name.' })
  provisional: boolean;

  @Field({ description: '対象者 / Who it is for.' })
  target: string;

  @Field({ description: '内容 / Content.' })
  content: string;

  @Field({ description: '根拠となる資料の行 / Seed lines.' })
  seed: string;
}

@ObjectType('RetryProjectYear', { description: 'プロジェクトの年度ごとの内容 / A project year.' })
export class RetryProjectYearModel {
  @Field(() => Int)
  fiscalYear: number;

  @Field()
  japaneseFiscalYear: string;

  @Field()
  work: string;
}

@ObjectType('RetryProject', { description: 'RETRY プロジェクトの概要 / The RETRY project’s facts.' })
export class RetryProjectModel {
  @Field()
  name: string;

  @Field()
  englishName: string;

  @Field(() => Int, { description: 'プロジェクト数 / Projects.' })
  projectCount: number;

  @Field(() => Int, {
    description: '1プロジェクト当たり年間の上限 (円) / Yen per project per year, at most.',
  })
  maxYenPerProjectPerYear: number;

  @Field(() => Int, { description: '委託の最長年数 / Years at most.' })
  maxYears: number;

  @Field(() => [RetryProjectYearModel])
  years: RetryProjectYearModel[];

  @Field()
  outcome: string;

  @Field({ description: '問い合わせ先 / Contact office.' })
  contactOffice: string;

  @Field()
  contactPhone: string;

  @Field()
  contactExtension: string;

  @Field()
  note: string;

  @Field()
  seed: string;
}

@ObjectType('RetryCatalogue', { description: 'RETRY の参照データ / The RETRY catalogue.' })
export class RetryCatalogueModel {
  @Field(() => RetryProjectModel)
  project: RetryProjectModel;

  @Field(() => [RetryMenuModel])
  menus: RetryMenuModel[];
}

@ObjectType('RetrySuggestion', { description: 'RETRY のメニューの提案 / A RETRY menu suggested.' })
export class RetrySuggestionModel {
  @Field(() => RetryMenuModel)
  menu: RetryMenuModel;

  @Field({ description: '提案の理由 / Why.' })
  reason: string;

  @Field(() => [String], { description: 'このメニューで補える不足 (スキル・資格) / Gaps it would close.' })
  gapItems: string[];
}

@ObjectType('RetryNote', {
  description:
    'RETRY プログラムの紹介・受講の記録 (出向者または人材バンク登録者) / A RETRY programme noted for a person.',
})
export class RetryNoteModel {
  @Field(() => ID)
  id: string;

  @Field(() => RetryMenuIdValues)
  menuId: RetryMenuId;

  @Field(() => RetryMenuModel)
  menu: RetryMenuModel;

  @Field(() => ID, { nullable: true })
  caseId: string | null;

  @Field(() => ID, { nullable: true })
  registrantId: string | null;

  @Field(() => RetryNoteStatusValues)
  status: RetryNoteStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: '記録日 / Noted on.' })
  notedOn: string;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
