import type { FieldError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { OfficeEntity } from '../../offices/office.entity';
import { JsicMajorGroupEntity } from '../../reference-data/jsic-major-group.entity';
import { PrefectureEntity } from '../../reference-data/prefecture.entity';
import { CompanyException } from '../company.exception';
import {
  COMPANY_FIELD_MESSAGES,
  normaliseCompanyFields,
  type CompanyFieldsInput,
  type CompanyValues,
} from './company-fields';

/**
 * Validates a company's fields, including codes against the reference tables and the owning office, and reports
 * every problem in one CompanyException(INVALID_INPUT), before anything is written.
 */
@Injectable()
export class CompanyInputValidator {
  constructor(
    @InjectRepository(JsicMajorGroupEntity)
    private readonly jsicMajorGroups: Repository<JsicMajorGroupEntity>,
    @InjectRepository(PrefectureEntity) private readonly prefectures: Repository<PrefectureEntity>,
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
  ) {}

  async validate(input: CompanyFieldsInput, owningOfficeId: string | null): Promise<CompanyValues> {
    const { values, errors } = normaliseCompanyFields(input);
    const failed = new Set(errors.map((e) => e.field));
    const more: FieldError[] = [];

    if (!failed.has('input.jsicMajorCode') && !(await this.jsicMajorGroupExists(values.jsicMajorCode))) {
      more.push({
        field: 'input.jsicMajorCode',
        message: COMPANY_FIELD_MESSAGES.jsicMajorUnknown(values.jsicMajorCode),
      });
    }
    if (!failed.has('input.prefectureCode') && !(await this.prefectureExists(values.prefectureCode))) {
      more.push({
        field: 'input.prefectureCode',
        message: COMPANY_FIELD_MESSAGES.prefectureUnknown(values.prefectureCode),
      });
    }
    if (owningOfficeId === null) {
      more.push({ field: 'input.owningOfficeId', message: COMPANY_FIELD_MESSAGES.owningOfficeRequired });
    } else if (!isUUID(owningOfficeId) || !(await this.offices.existsBy({ id: owningOfficeId }))) {
      more.push({ field: 'input.owningOfficeId', message: COMPANY_FIELD_MESSAGES.owningOfficeUnknown });
    }

    const all = [...errors, ...more];
    if (all.length) throw CompanyException.invalidInput(all);
    return values;
  }

  // The code columns are char(n), which pads shorter values; only values of exactly n characters can name a row.
  private async jsicMajorGroupExists(code: string): Promise<boolean> {
    return code.length === 1 && this.jsicMajorGroups.existsBy({ code });
  }

  private async prefectureExists(code: string): Promise<boolean> {
    return code.length === 2 && this.prefectures.existsBy({ code });
  }
}
