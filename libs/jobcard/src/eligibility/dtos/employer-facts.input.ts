import { Field, InputType } from '@nestjs/graphql';
import { Allow } from 'class-validator';

@InputType('EmployerRecordsKeptInput', {
  description: '備え付ける3つの書類 (R-EM-5) / The three records kept.',
})
export class EmployerRecordsKeptInput {
  @Field({ description: '訓練の実施状況 / Training done.' })
  @Allow()
  training: boolean;

  @Field({ description: '訓練に要した経費の負担 / Training costs borne.' })
  @Allow()
  costs: boolean;

  @Field({ description: '訓練期間中の賃金の支払い / Wages paid.' })
  @Allow()
  wages: boolean;
}

/** What the employer's eligibility (spec §5.13) reads; null where it cannot be known yet. */
@InputType('EmployerFactsInput', {
  description: '事業主の要件の判定に使う事実 (仕様 §5.13) / The employer’s facts for its eligibility.',
})
export class EmployerFactsInput {
  @Field({ description: '訓練実施計画の提出日 (YYYY-MM-DD) / Plan submitted on.' })
  @Allow()
  submittedOn: string;

  @Field(() => String, { nullable: true, description: '支給申請日 (申請前は空) / Application day.' })
  @Allow()
  applicationOn?: string | null;

  @Field({ description: '有期契約労働者等を雇用・雇い入れる / Employs fixed-term workers etc.' })
  @Allow()
  employsFixedTermWorkers: boolean;

  @Field(() => Boolean, { nullable: true, description: '計画の認定を受けた (未定なら空) / Plan certified.' })
  @Allow()
  planCertified?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '認定の計画どおり訓練した / Trained as certified.' })
  @Allow()
  trainedAsCertified?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '訓練中の賃金を適正に支払った / Wages paid properly.',
  })
  @Allow()
  wagesPaidProperly?: boolean | null;

  @Field(() => EmployerRecordsKeptInput, { nullable: true, description: '備え付ける書類 / Records kept.' })
  @Allow()
  recordsKept?: EmployerRecordsKeptInput | null;

  @Field(() => [String], {
    defaultValue: [],
    description: '事業主都合の解雇等の日 (YYYY-MM-DD) / Days of dismissals for the employer’s reasons.',
  })
  @Allow()
  dismissalsForEmployerReasons: string[];
}
