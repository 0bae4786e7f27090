import { Field, ID, InputType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { CaseStage, CompletionOutcome, NotEstablishedReason } from '../../workflow/case-graphql-enums';
import { CaseCommandInput } from '../../cases/dtos/case-command.input';

@InputType({ description: '次の段階へ進める / Move to the next stage.' })
export class AdvanceCaseInput extends CaseCommandInput {
  @Field(() => String, { nullable: true, description: 'メモ (履歴に残る) / Note for the history.' })
  @Allow()
  note?: string | null;
}

@InputType({ description: '前の段階へ戻す (理由必須) / Go back to an earlier stage, with a reason.' })
export class MoveCaseBackInput extends CaseCommandInput {
  @Field(() => CaseStage)
  @Allow()
  toStage: CaseStage;

  @Field()
  @Allow()
  reason: string;
}

@InputType({ description: '不成立として終了 / End the case as not established.' })
export class EndCaseNotEstablishedInput extends CaseCommandInput {
  @Field(() => NotEstablishedReason)
  @Allow()
  reasonCode: NotEstablishedReason;

  @Field(() => String, { nullable: true, description: '理由 (「その他」は必須) / Reason text.' })
  @Allow()
  reason?: string | null;

  @Field(() => String, { nullable: true, description: '終了日 (省略時は今日) / Ended on.' })
  @Allow()
  endedOn?: string | null;
}

@InputType({
  description: '成立の記録: 出向開始または移籍の採用 / Record the establishment: the start or the hire.',
})
export class RecordEstablishmentInput extends CaseCommandInput {
  @Field({ description: '実際の開始日・採用日 / Actual start or hire date.' })
  @Allow()
  establishedOn: string;

  @Field(() => [ID], { description: '開始した(採用された)対象労働者 / The workers who started.' })
  @Allow()
  workerIds: string[];
}

@InputType({
  description:
    '成立人数の訂正 (例: 初日に1名が辞退) / Correct the people established, as a recorded adjustment.',
})
export class CorrectEstablishmentInput extends CaseCommandInput {
  @Field({ description: '訂正の事実が生じた日 / When it happened.' })
  @Allow()
  occurredOn: string;

  @Field(() => [ID], { defaultValue: [], description: '離脱した対象労働者 / Workers who withdrew.' })
  @Allow()
  withdrawnWorkerIds: string[];

  @Field(() => [ID], {
    defaultValue: [],
    description: '後から加わった対象労働者 / Workers who started later.',
  })
  @Allow()
  addedWorkerIds: string[];

  @Field()
  @Allow()
  reason: string;
}

@InputType({ description: '案件の完了 / Complete the case.' })
export class CompleteCaseInput extends CaseCommandInput {
  @Field(() => CompletionOutcome)
  @Allow()
  outcome: CompletionOutcome;

  @Field({ description: '完了日 / Completed on.' })
  @Allow()
  completedOn: string;

  @Field(() => String, { nullable: true })
  @Allow()
  note?: string | null;
}
