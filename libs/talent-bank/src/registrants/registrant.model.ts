import { ConnectionType } from '@kakehashi/graphql-core';
import { OccupationMajorGroupModel, OfferSkillModel } from '@kakehashi/offers';
import { CompanyModel, OfficeModel, PrefectureModel } from '@kakehashi/organisations';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AgeBand,
  ConsentMethod,
  EligibilityReason,
  EmploymentType,
  Gender,
  PhysicalDemand,
  RegistrantStatus,
  WageBand,
  WorkHistoryEmploymentKind,
  WorkingStyleWanted,
} from '../talent-bank-graphql-enums';

@ObjectType('TalentBankWorkHistoryEntry', {
  description: '職務経歴 (ジョブ・カード様式2) / A work history entry.',
})
export class WorkHistoryEntryModel {
  @Field({ description: '開始年月 (YYYY-MM) / From (month).' })
  from: string;

  @Field(() => String, {
    nullable: true,
    description: '終了年月 (在職中は null) / To (month); null while employed.',
  })
  to: string | null;

  @Field({ description: '企業名 / Company.' })
  company: string;

  @Field({ description: '職務内容 / Duties.' })
  duties: string;

  @Field(() => String, { nullable: true, description: '役職 / Position.' })
  position: string | null;

  @Field(() => WorkHistoryEmploymentKind, {
    nullable: true,
    description: '雇用形態 (未入力なら null) / Employment kind, if recorded.',
  })
  employmentKind?: WorkHistoryEmploymentKind | null;

  @Field(() => String, {
    nullable: true,
    description: '分野 (例: 金属プレス加工。未入力なら null) / Field of the work, if recorded.',
  })
  field?: string | null;
}

@ObjectType('TalentBankCareer', {
  description: '職業経歴 (ジョブ・カードの職務経歴・資格・強み・評価) / Career record in Job Card form.',
})
export class CareerModel {
  @Field(() => [WorkHistoryEntryModel], { description: '職務経歴 (新しい順) / Work history, newest first.' })
  workHistory: WorkHistoryEntryModel[];

  @Field(() => [OfferSkillModel], {
    description: '免許・資格 (スキル辞書で照合) / Licences and qualifications.',
  })
  qualifications: OfferSkillModel[];

  @Field(() => [OfferSkillModel], { description: 'スキル / Skills.' })
  skills: OfferSkillModel[];

  @Field(() => String, { nullable: true, description: '強み・アピールポイント / Strengths.' })
  strengths: string | null;

  @Field(() => String, { nullable: true, description: '評価の要約 (評価シート) / Evaluation summary.' })
  evaluationSummary: string | null;
}

@ObjectType('TalentBankWishes', { description: '希望条件 / What the registrant wishes.' })
export class WishesModel {
  @Field(() => [String], { description: '希望職種 (職業分類 大分類コード) / Desired occupation groups.' })
  occupationCodes: string[];

  @Field(() => [OccupationMajorGroupModel], { description: '希望職種 / Desired occupation groups.' })
  occupations?: OccupationMajorGroupModel[];

  @Field(() => WorkingStyleWanted, { nullable: true, description: '希望する勤務形態 / Working style.' })
  workingStyle: WorkingStyleWanted | null;

  @Field(() => Int, { nullable: true, description: '希望する週の勤務日数 (上限) / Days a week, at most.' })
  daysPerWeek: number | null;

  @Field(() => Float, { nullable: true, description: '希望する1日の勤務時間 (上限) / Hours a day, at most.' })
  hoursPerDay: number | null;

  @Field(() => Int, { nullable: true, description: '希望月額賃金 (円) / Desired monthly wage in yen.' })
  monthlyWage: number | null;

  @Field(() => [String], {
    description: '勤務可能な都道府県 (空は限定なし) / Acceptable prefectures; empty = anywhere.',
  })
  acceptablePrefectureCodes: string[];

  @Field(() => String, { nullable: true, description: '就業可能日 (YYYY-MM-DD) / Earliest start.' })
  earliestStartOn: string | null;

  @Field(() => PhysicalDemand, {
    nullable: true,
    description: '対応できる身体的負担 (この程度まで) / Physical demands acceptable, up to.',
  })
  maxPhysicalDemand: PhysicalDemand | null;
}

@ObjectType('TalentBankConsent', {
  description: '個人情報の取扱いへの同意 / Consent to the use of the data.',
})
export class ConsentModel {
  @Field({ description: '同意日 / Day given.' })
  givenOn: string;

  @Field({ description: '同意した利用目的の版 / Version of the purpose text.' })
  purposeVersion: string;

  @Field(() => ConsentMethod)
  method: ConsentMethod;

  @Field({ description: '取得方法 (日本語) / Method label.' })
  methodLabel: string;

  @Field(() => String, { nullable: true, description: '撤回日 / Day withdrawn.' })
  withdrawnOn: string | null;
}

@ObjectType('TalentBankReemployment', { description: '再就職の記録 / Where a registrant was re-employed.' })
export class ReemploymentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  registrantId: string;

  @Field({ description: '再就職日 / Day re-employed.' })
  reemployedOn: string;

  @Field(() => ID)
  employerCompanyId: string;

  @Field(() => CompanyModel, { description: '再就職先 / Employer.' })
  employer?: CompanyModel;

  @Field(() => ID, { nullable: true, description: '経由したシニア求人 / Opening it came through.' })
  receivingOfferId: string | null;

  @Field({ description: '職種名 / Job title.' })
  jobTitle: string;

  @Field({ description: '職業分類 大分類コード / Occupation group.' })
  occupationCode: string;

  @Field(() => OccupationMajorGroupModel)
  occupation?: OccupationMajorGroupModel;

  @Field(() => EmploymentType)
  employmentType: EmploymentType;

  @Field(() => WageBand)
  wageBand: WageBand;

  @Field(() => ID)
  officeId: string;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;
}

/**
 * A registrant as consultants and headquarters see it. Every field but the bookkeeping ones (id, status, office,
 * dates of the registration, version) is personal data: selecting one writes the access log.
 */
@ObjectType('TalentBankRegistrant', {
  description: 'キャリア人材バンク登録者 / A Career Talent Bank registrant.',
})
export class RegistrantModel {
  @Field(() => ID)
  id: string;

  @Field(() => RegistrantStatus)
  status: RegistrantStatus;

  @Field({ description: '状態 (日本語) / Status label.' })
  statusLabel: string;

  @Field(() => ID, { description: '登録事務所 / Registering office.' })
  officeId: string;

  @Field(() => OfficeModel)
  office?: OfficeModel;

  @Field(() => ID, { nullable: true, description: '支援依頼 / Support request it came with.' })
  supportRequestId: string | null;

  @Field({ description: '氏名 (匿名化後は「匿名化済み」) / Name (a placeholder once anonymised).' })
  name: string;

  @Field({ description: 'ふりがな (カタカナ) / Kana reading.' })
  kana: string;

  @Field(() => String, { nullable: true, description: '生年月日 (匿名化後は null) / Date of birth.' })
  dateOfBirth: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '年齢 (生年月日から算出、保存しない) / Age today, computed.',
  })
  age: number | null;

  @Field(() => AgeBand, { description: '登録日時点の年齢区分 / Age band on the registration date.' })
  ageBandAtRegistration: AgeBand;

  @Field(() => String, { nullable: true, description: '電話番号 / Phone.' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'メールアドレス / Email.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: '住所 / Address.' })
  address: string | null;

  @Field({ description: '居住都道府県コード / Prefecture of residence.' })
  prefectureCode: string;

  @Field(() => PrefectureModel)
  prefecture?: PrefectureModel;

  @Field(() => Gender, { nullable: true, description: '性別 (任意) / Gender, optional.' })
  gender: Gender | null;

  @Field(() => EligibilityReason)
  eligibilityReason: EligibilityReason;

  @Field({ description: '対象理由 (日本語) / Eligibility reason label.' })
  eligibilityReasonLabel: string;

  @Field(() => String, { nullable: true, description: '離職日 (予定日) / Day of leaving (planned).' })
  leftJobOn: string | null;

  @Field(() => ConsentModel)
  consent: ConsentModel;

  @Field(() => CareerModel)
  career: CareerModel;

  @Field(() => WishesModel)
  wishes: WishesModel;

  @Field(() => ReemploymentModel, { nullable: true, description: '再就職の記録 / Re-employment, if any.' })
  reemployment?: ReemploymentModel | null;

  @Field({ description: '登録日 / Registered on.' })
  registeredOn: string;

  @Field({ description: '最終連絡日 / Last contact.' })
  lastContactedOn: string;

  @Field(() => String, { nullable: true, description: '登録終了日 / Closed on.' })
  closedOn: string | null;

  @Field({ description: '個人データを匿名化済みか / Whether the personal data was anonymised.' })
  anonymised: boolean;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('TalentBankRegistrantConnection')
export class RegistrantConnection extends ConnectionType(RegistrantModel, 'TalentBankRegistrant') {}

/** Fields of TalentBankRegistrant that are not personal data; any other selected field is, and is logged. */
export const NON_PERSONAL_REGISTRANT_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'status',
  'statusLabel',
  'officeId',
  'office',
  'supportRequestId',
  'registeredOn',
  'lastContactedOn',
  'closedOn',
  'anonymised',
  'version',
  'createdAt',
  'updatedAt',
]);

/**
 * The fields only an explicit reveal shows (revealTalentBankContact): lists and rankings carry them as null, never
 * open their sealed values, and do not log them as read.
 */
export const CONTACT_FIELDS: readonly string[] = ['dateOfBirth', 'age', 'phone', 'email', 'address'];

@ObjectType('TalentBankExport', {
  description:
    '登録者の出力 (ジョブ・カード形式のExcel) / A registrant exported as a Job Card style workbook.',
})
export class RegistrantExportModel {
  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field({ description: 'ファイルの内容 (Base64) / The file, base64.' })
  contentBase64: string;
}

@ObjectType('TalentBankConsentPurpose', {
  description: '利用目的の文面 (版ごと) / A version of the purpose text.',
})
export class ConsentPurposeModel {
  @Field()
  version: string;

  @Field()
  effectiveFrom: string;

  @Field()
  purposeText: string;
}
