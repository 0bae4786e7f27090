import { CompanySize } from '@kakehashi/organisations';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { ReferralNeed } from '../../referral-graphql-enums';

// Fields carry @Allow only: normaliseReferralContent (rules/referral-content.ts) checks them all at once, with the
// same Japanese messages the bulk upload gives.

@InputType({ description: '紹介の作成 (下書き) / A new referral, saved as a draft.' })
export class CreateReferralInput {
  @Field({ description: '紹介先企業名 / Client company name.' })
  @Allow()
  clientName: string;

  @Field(() => String, { nullable: true, description: '法人番号 (13桁) / Corporate number.' })
  @Allow()
  clientCorporateNumber?: string | null;

  @Field({ description: '産業分類 (大分類 A〜T) / JSIC major group.' })
  @Allow()
  clientJsicMajorCode: string;

  @Field({ description: '所在都道府県コード (01〜47) / Prefecture code.' })
  @Allow()
  clientPrefectureCode: string;

  @Field(() => CompanySize)
  @Allow()
  clientSize: CompanySize;

  @Field(() => Int, { nullable: true, description: '従業員数 / Employees.' })
  @Allow()
  clientEmployeeCount?: number | null;

  @Field(() => ReferralNeed)
  @Allow()
  need: ReferralNeed;

  @Field(() => Int, { nullable: true, description: '送出(過剰)人数 (SURPLUS・BOTH) / People to send.' })
  @Allow()
  surplusPeople?: number | null;

  @Field(() => Int, { nullable: true, description: '受入(不足)人数 (SHORTAGE・BOTH) / People wanted.' })
  @Allow()
  shortagePeople?: number | null;

  @Field({ description: '対象の職種 / Occupations.' })
  @Allow()
  occupations: string;

  @Field(() => String, { nullable: true, description: '希望時期 (YYYY-MM-DD) / Desired start.' })
  @Allow()
  desiredStartOn?: string | null;

  @Field(() => String, { nullable: true, description: '相談内容の詳細 / Description.' })
  @Allow()
  description?: string | null;

  @Field({ description: '情報提供の同意を得た日 (YYYY-MM-DD) / Consent obtained on.' })
  @Allow()
  consentObtainedOn: string;

  @Field({ description: '同意を取得した担当者 / Who obtained the consent.' })
  @Allow()
  consentObtainedBy: string;
}

@InputType({
  description: '紹介の修正 (下書き・差戻しのみ)。省略した項目は変更しません / Edit; omitted fields stay.',
})
export class UpdateReferralInput {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int, { description: '読み込んだ時の version / The version the edit started from.' })
  @Allow()
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @Allow()
  clientName?: string | null;

  @Field(() => String, { nullable: true, description: '空文字で削除 / Empty clears it.' })
  @Allow()
  clientCorporateNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  clientJsicMajorCode?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  clientPrefectureCode?: string | null;

  @Field(() => CompanySize, { nullable: true })
  @Allow()
  clientSize?: CompanySize | null;

  @Field(() => Int, { nullable: true })
  @Allow()
  clientEmployeeCount?: number | null;

  @Field(() => ReferralNeed, { nullable: true })
  @Allow()
  need?: ReferralNeed | null;

  @Field(() => Int, { nullable: true })
  @Allow()
  surplusPeople?: number | null;

  @Field(() => Int, { nullable: true })
  @Allow()
  shortagePeople?: number | null;

  @Field(() => String, { nullable: true })
  @Allow()
  occupations?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  desiredStartOn?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  description?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  consentObtainedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  consentObtainedBy?: string | null;
}
