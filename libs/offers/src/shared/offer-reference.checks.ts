import { CompanyEntity, OfficeEntity, PrefectureEntity } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type Repository } from 'typeorm';
import { OccupationMajorGroupEntity } from '../reference-data/occupation-major-group.entity';
import { loadSkillDictionary, type SkillDictionary } from '../skills/services/skill-dictionary';

export interface OfferCompany {
  id: string;
  owningOfficeId: string;
  owningOfficeName: string;
}

/** The database facts offer validation needs: companies, codes and the skills dictionary. */
@Injectable()
export class OfferReferenceChecks {
  constructor(
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
    @InjectRepository(PrefectureEntity) private readonly prefectures: Repository<PrefectureEntity>,
    @InjectRepository(OccupationMajorGroupEntity)
    private readonly occupations: Repository<OccupationMajorGroupEntity>,
  ) {}

  async company(id: string | null | undefined): Promise<OfferCompany | null> {
    if (!id || !isUUID(id)) return null;
    const company = await this.companies.findOneBy({ id });
    if (!company) return null;
    return {
      id: company.id,
      owningOfficeId: company.owningOfficeId,
      owningOfficeName: await this.officeName(company.owningOfficeId),
    };
  }

  async officeName(id: string): Promise<string> {
    return (await this.offices.findOneByOrFail({ id })).nameJa;
  }

  // The code columns are char(n), which pads shorter values; only values of exactly n characters can name a row.
  async occupationExists(code: string): Promise<boolean> {
    return code.length === 1 && this.occupations.existsBy({ code });
  }

  /** The codes among `codes` that name no prefecture. */
  async unknownPrefectures(codes: readonly string[]): Promise<Set<string>> {
    const candidates = codes.filter((c) => c.length === 2);
    const found = candidates.length ? await this.prefectures.findBy({ code: In(candidates) }) : [];
    const known = new Set(found.map((p) => p.code));
    return new Set(codes.filter((c) => !known.has(c)));
  }

  skillDictionary(): Promise<SkillDictionary> {
    return loadSkillDictionary(this.occupations.manager);
  }
}
