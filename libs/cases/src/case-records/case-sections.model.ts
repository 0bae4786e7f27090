// The stage records of a case as GraphQL types; field names follow the stored records (workflow/case-details.ts).
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  EmploymentType,
  MeetingCondition,
  SocialInsuranceHandling,
  TourAttendee,
  UnionAgreementStatus,
  WageShareUnit,
  WorkerSelection,
} from '../workflow/case-graphql-enums';

@ObjectType('CaseWorker', { description: '出向・移籍の対象労働者 / A worker the case is about.' })
export class CaseWorkerModel {
  @Field(() => ID)
  id: string;

  @Field({ description: '氏名または識別名 / Name or label.' })
  label: string;

  @Field(() => String, { nullable: true, description: '本人同意の日 (YYYY-MM-DD) / Consent date.' })
  consentOn: string | null;

  @Field(() => String, { nullable: true, description: '同意の確認方法 / How consent was confirmed.' })
  consentMethod: string | null;

  @Field({ description: '成立に含まれている / Included in the establishment.' })
  established: boolean;

  @Field(() => String, { nullable: true, description: '辞退・離脱日 / Withdrawn on.' })
  withdrawnOn: string | null;
}

@ObjectType('CaseMeeting', { description: 'STEP2 企業間面談 / Inter-company meeting.' })
export class MeetingRecordModel {
  @Field(() => String, { nullable: true, description: '面談日 / Held on.' })
  heldOn: string | null;

  @Field(() => String, { nullable: true, description: '出席者 / Attendees.' })
  attendees: string | null;

  @Field(() => [MeetingCondition], { description: '提示した条件 / Conditions presented.' })
  conditionsPresented: MeetingCondition[];

  @Field(() => String, { nullable: true, description: '条件の内容 / What was presented.' })
  conditionsNote: string | null;

  @Field({ description: '助成金の周知と活用勧奨 / Subsidy explained.' })
  subsidyExplained: boolean;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@ObjectType('CaseInternalProcedure', { description: "出向元の社内手続 / The sender's internal procedure." })
export class InternalProcedureModel {
  @Field({ description: '労働条件の明示 / Conditions stated to the workers.' })
  conditionsStated: boolean;

  @Field(() => WorkerSelection, { nullable: true })
  workerSelection: WorkerSelection | null;

  @Field(() => UnionAgreementStatus)
  unionAgreement: UnionAgreementStatus;

  @Field(() => String, { nullable: true, description: '労働組合との合意日 / Union agreed on.' })
  unionAgreedOn: string | null;

  @Field({ description: '就業規則等の出向規定 / Secondment clause in the work rules.' })
  workRulesClause: boolean;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@ObjectType('CaseWorkplaceTour', { description: 'STEP3 職場見学 / Workplace tour.' })
export class WorkplaceTourModel {
  @Field(() => String, { nullable: true, description: '見学日 / Held on.' })
  heldOn: string | null;

  @Field(() => [TourAttendee])
  attendees: TourAttendee[];

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@ObjectType('CaseContract', { description: 'STEP4 出向契約 / Secondment contract.' })
export class ContractModel {
  @Field(() => String, { nullable: true, description: '出向開始日 / Start date.' })
  startOn: string | null;

  @Field(() => String, { nullable: true, description: '出向終了日 / End date.' })
  endOn: string | null;

  @Field(() => Int, { nullable: true, description: '出向期間 (か月) / Length in months.' })
  months: number | null;

  @Field(() => String, { nullable: true, description: '職務内容 / Duties.' })
  duties: string | null;

  @Field(() => WageShareUnit, { nullable: true })
  wageShareUnit: WageShareUnit | null;

  @Field(() => Int, { nullable: true, description: '賃金月額 (円) / Monthly wage the shares divide.' })
  monthlyWage: number | null;

  @Field(() => Int, { nullable: true, description: "出向元の負担 (% または円) / Sender's share." })
  senderShare: number | null;

  @Field(() => Int, { nullable: true, description: "出向先の負担 (% または円) / Receiver's share." })
  receiverShare: number | null;

  @Field(() => String, { nullable: true, description: '勤務時間 / Working hours.' })
  workingHours: string | null;

  @Field(() => String, { nullable: true, description: '時間外労働の取扱い / Overtime.' })
  overtime: string | null;

  @Field(() => SocialInsuranceHandling, { nullable: true })
  socialInsurance: SocialInsuranceHandling | null;

  @Field(() => String, { nullable: true })
  socialInsuranceNote: string | null;

  @Field(() => Boolean, { nullable: true, description: '助成金申請の予定 / Subsidy application planned.' })
  subsidyApplicationPlanned: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: '送出・受入情報の条件外の期間とした理由 / Why the period differs from the offers.',
  })
  periodOverrideReason: string | null;

  @Field(() => String, { nullable: true, description: '契約締結日 / Concluded on.' })
  concludedOn: string | null;
}

@ObjectType('CaseHiringAgreement', { description: '採用内定 (移籍) / Hiring agreement (transfer).' })
export class HiringAgreementModel {
  @Field(() => String, { nullable: true, description: '内定日 / Agreed on.' })
  agreedOn: string | null;

  @Field(() => String, { nullable: true, description: '採用予定日 / Planned hire date.' })
  plannedHireOn: string | null;

  @Field(() => String, { nullable: true, description: '職種・職務 / Job.' })
  jobTitle: string | null;

  @Field(() => EmploymentType, { nullable: true })
  employmentType: EmploymentType | null;

  @Field(() => Int, { nullable: true, description: '賃金月額 (円) / Monthly wage.' })
  monthlyWage: number | null;

  @Field(() => String, { nullable: true })
  workingHours: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;
}
