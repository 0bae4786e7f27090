import { registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { RegistrantModel } from '../registrants/registrant.model';
import { SeniorOpeningModel } from '../senior-openings/senior-opening.model';
import { TALENT_FACTOR_LABELS, TalentFactorKey } from './talent-factors';

registerLabelledEnum(TalentFactorKey, {
  name: 'TalentBankMatchFactorKey',
  description: 'キャリア人材バンクのマッチングの評価要素 / A factor of the talent bank matching.',
  labels: TALENT_FACTOR_LABELS,
});

@ObjectType('TalentBankMatchFactor', { description: '評価要素ごとの得点 / How a pair does on one factor.' })
export class TalentMatchFactorModel {
  @Field(() => TalentFactorKey)
  factor: TalentFactorKey;

  @Field({ description: '要素名 (日本語) / Label.' })
  label: string;

  @Field(() => Float, { description: '重み (合計1) / Normalised weight.' })
  weight: number;

  @Field(() => Float, { description: '適合度 0〜1 / Fit, 0..1.' })
  value: number;

  @Field(() => Float, { description: '重み×適合度 (合計がスコア) / weight × value.' })
  contribution: number;
}

@ObjectType({ isAbstract: true })
abstract class TalentMatchBase {
  @Field(() => Int, { description: '順位 (1始まり) / Rank, from 1.' })
  rank: number;

  @Field(() => Float)
  score: number;

  @Field(() => [TalentMatchFactorModel])
  factors: TalentMatchFactorModel[];

  @Field(() => [String], { description: '適合している点 / What fits.' })
  reasons: string[];

  @Field(() => [String], { description: '不足・相違点 / What is missing or short.' })
  gaps: string[];

  @Field(() => [String], { description: '参考情報 (採点対象外) / Not scored.' })
  notes: string[];
}

@ObjectType('TalentBankOpeningMatch', {
  description: '登録者に対するシニア求人の候補 / An opening ranked for a registrant.',
})
export class OpeningMatchModel extends TalentMatchBase {
  @Field(() => ID)
  receivingOfferId: string;

  @Field(() => SeniorOpeningModel)
  opening: SeniorOpeningModel;
}

@ObjectType('TalentBankOpeningMatches')
export class OpeningMatchesModel {
  @Field(() => ID)
  registrantId: string;

  @Field(() => Int, { description: '採点したシニア求人の件数 / Openings scored.' })
  openingsScored: number;

  @Field(() => [OpeningMatchModel])
  items: OpeningMatchModel[];
}

@ObjectType('TalentBankRegistrantMatch', {
  description: 'シニア求人に対する登録者の候補 / A registrant ranked for an opening.',
})
export class RegistrantMatchModel extends TalentMatchBase {
  @Field(() => ID)
  registrantId: string;

  @Field(() => RegistrantModel)
  registrant: RegistrantModel;
}

@ObjectType('TalentBankRegistrantMatches')
export class RegistrantMatchesModel {
  @Field(() => ID)
  receivingOfferId: string;

  @Field(() => Int, {
    description: '採点した登録者の件数 (閲覧できる範囲) / Registrants scored (those the caller may see).',
  })
  registrantsScored: number;

  @Field(() => [RegistrantMatchModel])
  items: RegistrantMatchModel[];
}

export function factorModels(
  factors: { factor: TalentFactorKey; weight: number; value: number; contribution: number }[],
): TalentMatchFactorModel[] {
  return factors.map((f) => ({ ...f, label: TALENT_FACTOR_LABELS[f.factor] }));
}
