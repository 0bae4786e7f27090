// The Job Card's reads of other domains' tables (companies, cases and their offers, talent bank registrants), in one
// place: the table-ownership test lists the Job Card as their reader. Run on the DataSource or inside the caller's
// transaction (the embedded default has one connection, and a transaction holds it).
import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { JobcardException } from '../jobcard.exception';
import { mayWorkCase, mayWorkOffice } from '../training-plans/plan-access.policy';

export interface CompanyFacts {
  readonly id: string;
  readonly owningOfficeId: string;
  readonly size: 'SME' | 'LARGE';
}

export interface CaseFacts {
  readonly id: string;
  readonly moveType: 'SECONDMENT' | 'TRANSFER';
  readonly stage: string;
  readonly sendingOfficeId: string;
  readonly receivingOfficeId: string;
  readonly sendingOfferId: string;
  readonly sendingCompanyId: string;
  readonly receivingCompanyId: string;
}

export interface RegistrantFacts {
  readonly id: string;
  readonly officeId: string;
  readonly ageBand: string;
  readonly workHistory: readonly {
    from: string;
    to: string | null;
    company: string;
    employmentKind?: 'REGULAR' | 'FIXED_TERM' | 'INDEFINITE_NON_REGULAR' | 'DISPATCHED' | null;
    field?: string | null;
  }[];
}

export interface SendingOfferFacts {
  readonly id: string;
  readonly ageBand: string | null;
  readonly occupationCode: string;
  readonly jobTitle: string;
  readonly reason: string;
}

@Injectable()
export class JobcardRecords {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async company(id: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyFacts> {
    const rows: CompanyFacts[] = isUUID(id)
      ? await manager.query(
          `SELECT "id", "owning_office_id" AS "owningOfficeId", "size" FROM "companies" WHERE "id" = $1`,
          [id],
        )
      : [];
    if (!rows[0]) throw JobcardException.notFound('企業');
    return rows[0];
  }

  async case(id: string, manager: EntityManager = this.dataSource.manager): Promise<CaseFacts> {
    const rows: CaseFacts[] = isUUID(id)
      ? await manager.query(
          `SELECT c."id", c."move_type" AS "moveType", c."stage",
                  c."sending_office_id" AS "sendingOfficeId", c."receiving_office_id" AS "receivingOfficeId",
                  c."sending_offer_id" AS "sendingOfferId",
                  s."company_id" AS "sendingCompanyId", r."company_id" AS "receivingCompanyId"
             FROM "cases" c
             JOIN "sending_offers" s ON s."id" = c."sending_offer_id"
             JOIN "receiving_offers" r ON r."id" = c."receiving_offer_id"
            WHERE c."id" = $1`,
          [id],
        )
      : [];
    if (!rows[0]) throw JobcardException.notFound('案件');
    return rows[0];
  }

  /** The case, refused (NOT_IN_SCOPE) to a caller who may not work it: its offices' consultants and headquarters. */
  async caseFor(user: AuthUser, id: string, manager?: EntityManager): Promise<CaseFacts> {
    const found = await this.case(id, manager);
    if (!mayWorkCase(user, found)) throw JobcardException.notInScope('案件');
    return found;
  }

  async registrant(id: string, manager: EntityManager = this.dataSource.manager): Promise<RegistrantFacts> {
    const rows: RegistrantFacts[] = isUUID(id)
      ? await manager.query(
          `SELECT "id", "office_id" AS "officeId", "age_band_at_registration" AS "ageBand",
                  "work_history" AS "workHistory"
             FROM "talent_bank_registrants" WHERE "id" = $1 AND "anonymised_at" IS NULL`,
          [id],
        )
      : [];
    if (!rows[0]) throw JobcardException.notFound('登録者');
    return rows[0];
  }

  /** The registrant, refused to a caller outside its registering office (headquarters may work any). */
  async registrantFor(user: AuthUser, id: string, manager?: EntityManager): Promise<RegistrantFacts> {
    const found = await this.registrant(id, manager);
    if (!mayWorkOffice(user, found.officeId)) throw JobcardException.notInScope('登録者');
    return found;
  }

  async sendingOffers(ids: readonly string[]): Promise<SendingOfferFacts[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (valid.length === 0) return [];
    return this.dataSource.query(
      `SELECT "id", "age_band" AS "ageBand", "occupation_code" AS "occupationCode", "job_title" AS "jobTitle",
              "reason"
         FROM "sending_offers" WHERE "id" = ANY($1::uuid[])`,
      [valid],
    );
  }
}
