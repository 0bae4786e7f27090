import { ConnectionType, registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { OfficeModel } from '../offices/office.model';
import { JsicMajorGroupModel, PrefectureModel } from '../reference-data/reference-data.models';
import { COMPANY_SIZE_LABELS, CompanySize, type CompanyEntity } from './company.entity';

registerLabelledEnum(CompanySize, {
  name: 'CompanySize',
  description: '企業規模 / Company size.',
  labels: COMPANY_SIZE_LABELS,
});

@ObjectType('Company', {
  description: '出向・移籍の送出元または受入先となる企業 / A company that sends or receives staff.',
})
export class CompanyModel {
  @Field(() => ID)
  id: string;

  @Field({ description: '法人名 / Legal name.' })
  legalName: string;

  @Field(() => String, { nullable: true, description: '法人名フリガナ (カタカナ) / Legal name in katakana.' })
  legalNameKana: string | null;

  @Field(() => String, { nullable: true, description: '法人番号 (13桁) / Corporate number.' })
  corporateNumber: string | null;

  @Field({ description: '産業分類 大分類コード (A〜T) / JSIC major group code.' })
  jsicMajorCode: string;

  /** Resolved through the per-request loader. */
  @Field(() => JsicMajorGroupModel)
  jsicMajorGroup?: JsicMajorGroupModel;

  @Field(() => String, {
    nullable: true,
    description: '産業分類 中分類コード (2桁) / JSIC middle group code.',
  })
  jsicMiddleCode: string | null;

  @Field()
  prefectureCode: string;

  /** Resolved through the per-request loader. */
  @Field(() => PrefectureModel)
  prefecture?: PrefectureModel;

  @Field(() => String, { nullable: true, description: '所在地 / Address.' })
  address: string | null;

  @Field(() => CompanySize)
  size: CompanySize;

  @Field(() => Int, { nullable: true, description: '従業員数 / Employee count.' })
  employeeCount: number | null;

  @Field(() => String, { nullable: true, description: '担当者名 / Contact person.' })
  contactName: string | null;

  @Field(() => String, { nullable: true, description: '担当者電話番号 / Contact phone.' })
  contactPhone: string | null;

  @Field(() => String, { nullable: true, description: '担当者メールアドレス / Contact email.' })
  contactEmail: string | null;

  @Field(() => ID)
  owningOfficeId: string;

  /** Resolved through the per-request loader. */
  @Field(() => OfficeModel, { description: '担当事務所 / The office that owns this company.' })
  owningOffice?: OfficeModel;

  @Field(() => String, { nullable: true, description: '備考 / Notes.' })
  notes: string | null;

  @Field(() => Int, {
    description: '編集時に expectedVersion として送る値 / Send as expectedVersion when editing.',
  })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export const CompanyConnection = ConnectionType(CompanyModel, 'Company');

export function toCompanyModel(entity: CompanyEntity): CompanyModel {
  return {
    id: entity.id,
    legalName: entity.legalName,
    legalNameKana: entity.legalNameKana,
    corporateNumber: entity.corporateNumber,
    jsicMajorCode: entity.jsicMajorCode,
    jsicMiddleCode: entity.jsicMiddleCode,
    prefectureCode: entity.prefectureCode,
    address: entity.address,
    size: entity.size,
    employeeCount: entity.employeeCount,
    contactName: entity.contactName,
    contactPhone: entity.contactPhone,
    contactEmail: entity.contactEmail,
    owningOfficeId: entity.owningOfficeId,
    notes: entity.notes,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
