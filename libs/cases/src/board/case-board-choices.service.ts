import { UserEntity } from '@kakehashi/identity';
import { CompanyEntity } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { toConsultant, type CaseConsultantModel } from './case-consultant.loader';
import { applyCaseQuery, type CaseQuery } from './case-filter';

/**
 * The choices of a board's filter: the consultants in charge and the companies (either side) of the office's cases in
 * the board's stages, before any other filter. Choosing one never empties the list of the others, and the screen
 * offers only names that lead somewhere.
 */
@Injectable()
export class CaseBoardChoicesService {
  constructor(
    @InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
  ) {}

  async consultants(scope: CaseQuery): Promise<CaseConsultantModel[]> {
    const inCharge = (column: string) => {
      const qb = this.cases.createQueryBuilder('c').select(`"c"."${column}"`);
      applyCaseQuery(qb, unfiltered(scope));
      return qb;
    };
    const sending = inCharge('sending_consultant_id');
    const receiving = inCharge('receiving_consultant_id');
    const rows = await this.users
      .createQueryBuilder('u')
      .where(`"u"."id" IN (${sending.getQuery()} UNION ${receiving.getQuery()})`)
      .setParameters({ ...sending.getParameters(), ...receiving.getParameters() })
      .orderBy('"u"."name"', 'ASC')
      .addOrderBy('"u"."id"', 'ASC')
      .getMany();
    return rows.map(toConsultant);
  }

  async companiesOf(scope: CaseQuery): Promise<CompanyEntity[]> {
    const companyOf = (offers: string, column: string) => {
      const qb = this.cases
        .createQueryBuilder('c')
        .select('"o"."company_id"')
        .innerJoin(offers, 'o', `"o"."id" = "c"."${column}"`);
      applyCaseQuery(qb, unfiltered(scope));
      return qb;
    };
    const sending = companyOf('sending_offers', 'sending_offer_id');
    const receiving = companyOf('receiving_offers', 'receiving_offer_id');
    return this.companies
      .createQueryBuilder('co')
      .where(`"co"."id" IN (${sending.getQuery()} UNION ${receiving.getQuery()})`)
      .setParameters({ ...sending.getParameters(), ...receiving.getParameters() })
      .orderBy('"co"."name_search_key"', 'ASC')
      .addOrderBy('"co"."id"', 'ASC')
      .getMany();
  }
}

/** The office and the stages only: the choices stay the same whatever else is filtered. */
function unfiltered(scope: CaseQuery): CaseQuery {
  return {
    officeId: scope.officeId,
    stages: scope.stages,
    consultantId: null,
    moveType: null,
    companyId: null,
    jsicMajorCode: null,
    stuckForMoreThanDays: null,
  };
}
