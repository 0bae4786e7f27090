// The GraphQL face of a rule finding (shared/rule-finding.ts): every Job Card feature answers its checks with these.
import { registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, ObjectType } from '@nestjs/graphql';
import type { FindingSeverity } from './rule-finding';

/** The severities as a GraphQL enum (the rules use the string union). */
const FindingSeverityValues = { ERROR: 'ERROR', WARNING: 'WARNING' } as const satisfies Record<
  FindingSeverity,
  FindingSeverity
>;

registerLabelledEnum(FindingSeverityValues, {
  name: 'RuleFindingSeverity',
  description: '規則の判定の重さ / How much a finding weighs.',
  labels: { ERROR: 'エラー', WARNING: '警告' },
  descriptions: {
    ERROR: '要件を満たしていないため、認定・受理できません',
    WARNING: '原則・おおむねの基準から外れています。理由を確認のうえ進めることができます',
  },
});

@ObjectType('RuleFinding', {
  description: '規則の判定1件 (ジョブ・カード、有期実習型訓練、助成金) / One finding of a Job Card rule.',
})
export class RuleFindingModel {
  @Field({ description: '判定コード (例: PLAN_HOURS_BELOW_425) / Stable code.' })
  code: string;

  @Field(() => FindingSeverityValues, { description: '重さ / Severity.' })
  severity: FindingSeverity;

  @Field(() => String, {
    nullable: true,
    description: '対象の入力項目 (例: curriculum.2.minutes)。全体なら null / The input path, or null.',
  })
  field: string | null;

  @Field({ description: '利用者向けの説明 (日本語、要領の文言と数値) / The message, in Japanese.' })
  message: string;

  @Field({ description: '仕様の規則番号 (例: R-TR-6) / Spec rule id.' })
  rule: string;

  @Field({ description: '根拠となる資料の行 (例: S001:182) / The seed line.' })
  seed: string;
}
