import { Field, InputType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { EligibilityReason } from '../../talent-bank-graphql-enums';

// Checked by the rules (rules/eligibility.ts) and answered as data: a question, not a write, so nothing here refuses.
@InputType('TalentBankEligibilityInput', {
  description:
    '登録の対象かどうかの確認 (登録日は本日。保存も記録もしません) / Would this person be eligible today? Nothing is stored.',
})
export class EligibilityCheckInput {
  @Field(() => String, { nullable: true, description: '生年月日 (YYYY-MM-DD) / Date of birth.' })
  @Allow()
  dateOfBirth?: string | null;

  @Field(() => EligibilityReason, { nullable: true })
  @Allow()
  eligibilityReason?: EligibilityReason | null;

  @Field(() => String, { nullable: true, description: '離職日 (予定日) / Day of leaving (planned).' })
  @Allow()
  leftJobOn?: string | null;
}
