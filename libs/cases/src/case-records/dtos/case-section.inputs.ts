import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import {
  EmploymentType,
  MeetingCondition,
  SocialInsuranceHandling,
  TourAttendee,
  UnionAgreementStatus,
  WageShareUnit,
  WorkerSelection,
} from '../../workflow/case-graphql-enums';
import { CaseCommandInput } from '../../cases/dtos/case-command.input';

// Each record is written whole: omitted optional fields are cleared. Dates are YYYY-MM-DD.

@InputType({ description: '担当コンサルタントと予定人数 / Consultants in charge and people planned.' })
export class UpdateCaseTeamInput extends CaseCommandInput {
  @Field(() => ID, { nullable: true })
  @Allow()
  sendingConsultantId?: string | null;

  @Field(() => ID, { nullable: true })
  @Allow()
  receivingConsultantId?: string | null;

  @Field(() => Int)
  @Allow()
  peoplePlanned: number;
}

@InputType('CaseWorkerInput')
export class CaseWorkerInput {
  @Field(() => ID, { nullable: true, description: '既存の対象者 (新規は省略) / An existing worker.' })
  @Allow()
  id?: string | null;

  @Field({ description: '氏名または識別名 / Name or label.' })
  @Allow()
  label: string;

  @Field(() => String, { nullable: true, description: '本人同意の日 / Consent date.' })
  @Allow()
  consentOn?: string | null;

  @Field(() => String, { nullable: true, description: '確認方法 (例: 同意書) / How consent was confirmed.' })
  @Allow()
  consentMethod?: string | null;
}

@InputType({ description: '対象労働者と本人同意 / The workers and their consent.' })
export class RecordCaseWorkersInput extends CaseCommandInput {
  @Field(() => [CaseWorkerInput])
  @Allow()
  workers: CaseWorkerInput[];
}

@InputType({ description: 'STEP2 企業間面談の記録 / Record the inter-company meeting.' })
export class RecordMeetingInput extends CaseCommandInput {
  @Field(() => String, { nullable: true })
  @Allow()
  heldOn?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  attendees?: string | null;

  @Field(() => [MeetingCondition], { defaultValue: [] })
  @Allow()
  conditionsPresented: MeetingCondition[];

  @Field(() => String, { nullable: true })
  @Allow()
  conditionsNote?: string | null;

  @Field({ defaultValue: false })
  @Allow()
  subsidyExplained: boolean;

  @Field(() => String, { nullable: true })
  @Allow()
  notes?: string | null;
}

@InputType({ description: "出向元の社内手続の記録 / Record the sender's internal procedure." })
export class RecordInternalProcedureInput extends CaseCommandInput {
  @Field({ defaultValue: false })
  @Allow()
  conditionsStated: boolean;

  @Field(() => WorkerSelection, { nullable: true })
  @Allow()
  workerSelection?: WorkerSelection | null;

  @Field(() => UnionAgreementStatus, { defaultValue: UnionAgreementStatus.PENDING })
  @Allow()
  unionAgreement: UnionAgreementStatus;

  @Field(() => String, { nullable: true })
  @Allow()
  unionAgreedOn?: string | null;

  @Field({ defaultValue: false })
  @Allow()
  workRulesClause: boolean;

  @Field(() => String, { nullable: true })
  @Allow()
  notes?: string | null;
}

@InputType({ description: 'STEP3 職場見学の記録 / Record the workplace tour.' })
export class RecordWorkplaceTourInput extends CaseCommandInput {
  @Field(() => String, { nullable: true })
  @Allow()
  heldOn?: string | null;

  @Field(() => [TourAttendee], { defaultValue: [] })
  @Allow()
  attendees: TourAttendee[];

  @Field(() => String, { nullable: true })
  @Allow()
  notes?: string | null;
}

@InputType({ description: 'STEP4 出向契約の記録 / Record the secondment contract.' })
export class RecordContractInput extends CaseCommandInput {
  @Field(() => String, { nullable: true })
  @Allow()
  startOn?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  endOn?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  duties?: string | null;

  @Field(() => WageShareUnit, { nullable: true })
  @Allow()
  wageShareUnit?: WageShareUnit | null;

  @Field(() => Int, { nullable: true })
  @Allow()
  monthlyWage?: number | null;

  @Field(() => Int, { nullable: true })
  @Allow()
  senderShare?: number | null;

  @Field(() => Int, { nullable: true })
  @Allow()
  receiverShare?: number | null;

  @Field(() => String, { nullable: true })
  @Allow()
  workingHours?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  overtime?: string | null;

  @Field(() => SocialInsuranceHandling, { nullable: true })
  @Allow()
  socialInsurance?: SocialInsuranceHandling | null;

  @Field(() => String, { nullable: true })
  @Allow()
  socialInsuranceNote?: string | null;

  @Field(() => Boolean, { nullable: true })
  @Allow()
  subsidyApplicationPlanned?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: '送出・受入情報の条件外の期間とする理由 (条件外のときは必須) / Override reason.',
  })
  @Allow()
  periodOverrideReason?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  concludedOn?: string | null;
}

@InputType({ description: '採用内定の記録 (移籍) / Record the hiring agreement.' })
export class RecordHiringAgreementInput extends CaseCommandInput {
  @Field(() => String, { nullable: true })
  @Allow()
  agreedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  plannedHireOn?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  jobTitle?: string | null;

  @Field(() => EmploymentType, { nullable: true })
  @Allow()
  employmentType?: EmploymentType | null;

  @Field(() => Int, { nullable: true })
  @Allow()
  monthlyWage?: number | null;

  @Field(() => String, { nullable: true })
  @Allow()
  workingHours?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  notes?: string | null;
}
