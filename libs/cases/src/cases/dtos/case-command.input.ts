import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';

// Fields carry @Allow only: the use cases check them (against the case and the offers too) and report every problem
// of one request at once, as field errors with Japanese messages.

/** Every change of a case names the case and the version the change was based on. */
@InputType({ isAbstract: true })
export class CaseCommandInput {
  @Field(() => ID)
  @Allow()
  caseId: string;

  @Field(() => Int, {
    description:
      '編集の元にした案件のバージョン (古ければ CONFLICT) / The version the change is based on; a stale one is refused.',
  })
  @Allow()
  expectedVersion: number;
}
