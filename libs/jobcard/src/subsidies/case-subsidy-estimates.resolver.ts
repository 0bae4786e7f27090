import { CaseModel } from '@kakehashi/cases';
import type { RequestLoaders } from '@kakehashi/graphql-core';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { SubsidyEstimateEntity } from './subsidy-estimate.entity';
import { SubsidyEstimateModel } from './subsidy-estimate.model';
import { toSubsidyEstimateModel } from './subsidy-view';

// A field of the Case type: whoever may read a case (checked where it is returned) reads its estimates with it.
@Resolver(() => CaseModel)
export class CaseSubsidyEstimatesResolver {
  constructor(
    @InjectRepository(SubsidyEstimateEntity) private readonly estimates: Repository<SubsidyEstimateEntity>,
  ) {}

  @ResolveField(() => [SubsidyEstimateModel], {
    description:
      '添付した助成金の試算 (STEP2、添付の新しい順。添付時の内容のまま) / Subsidy estimates kept with the case, newest first.',
  })
  async subsidyEstimates(
    @Parent() kase: CaseModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<SubsidyEstimateModel[]> {
    const loader = loaders.get<string, SubsidyEstimateEntity[]>(
      'jobcard.subsidyEstimatesByCase',
      async (ids) => {
        const rows = await this.estimates.find({
          where: { caseId: In([...ids]) },
          order: { createdAt: 'DESC' },
        });
        return ids.map((id) => rows.filter((row) => row.caseId === id));
      },
    );
    return (await loader.load(kase.id)).map(toSubsidyEstimateModel);
  }
}
