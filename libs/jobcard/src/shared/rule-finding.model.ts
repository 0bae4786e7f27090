import { Field, ObjectType } from '@nestjs/graphql';
import '../jobcard-graphql-enums';
import { FindingSeverityEnum } from '../jobcard-enums';
import type { FindingSeverity, RuleFinding } from './rule-finding';

@ObjectType('RuleFinding', {
  description:
    'ジョブ・カードの規則による指摘 (エラーまたは警告、根拠の規則と資料の行) / A finding of a Job Card rule.',
})
export class RuleFindingModel implements RuleFinding {
  @Field({
    description: '指摘の種類 (固定の英字コード) / Stable code, e.g. SECTION3_SPECIAL_NOT_MORE_THAN_HALF.',
  })
  code: string;

  @Field(() => FindingSeverityEnum, { description: '重さ / Severity.' })
  severity: FindingSeverity;

  @Field(() => String, {
    nullable: true,
    description: '対象の入力項目 / Input path, null for the whole input.',
  })
  field: string | null;

  @Field({ description: '利用者に示す内容 / The Japanese message.' })
  message: string;

  @Field({ description: '仕様の規則番号 / Spec rule id (R-ES-11).' })
  rule: string;

  @Field({ description: '根拠資料の行 / Seed line (S001:729).' })
  seed: string;
}

export const toRuleFindingModel = (finding: RuleFinding): RuleFindingModel => ({ ...finding });
