// Query strings of the export downloads, validated by the global validation pipe like GraphQL arguments (bad input is
// 400 BAD_USER_INPUT with Japanese field messages). Query values arrive as text: numbers are converted first.
import { MoveType } from '@kakehashi/offers';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ExportFormat } from '../export-document';

const YEAR_MESSAGE = '年度は整数 (西暦) で指定してください。';
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

export class ExportFormatQuery {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @IsIn(Object.values(ExportFormat), { message: '形式は csv または xlsx を指定してください。' })
  format?: ExportFormat;
}

export class StatisticsFilterQuery extends ExportFormatQuery {
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsEnum(MoveType, { message: '形態は SECONDMENT または TRANSFER を指定してください。' })
  moveType?: MoveType;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsUUID('all', { message: '事務所の指定が正しくありません。' })
  officeId?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(20, { message: '地域名が長すぎます。' })
  region?: string;
}

export class MonthlyExportQuery extends StatisticsFilterQuery {
  @Type(() => Number)
  @IsInt({ message: YEAR_MESSAGE })
  fiscalYear: number;
}

export class AnnualExportQuery extends StatisticsFilterQuery {
  @Type(() => Number)
  @IsInt({ message: YEAR_MESSAGE })
  fromFiscalYear: number;

  @Type(() => Number)
  @IsInt({ message: YEAR_MESSAGE })
  toFiscalYear: number;
}

export class IndustryFlowsExportQuery extends StatisticsFilterQuery {
  @IsString({ message: '期間の始まりを月 (2022-04) または年度 (FY2022) で指定してください。' })
  @MaxLength(16)
  from: string;

  @IsString({ message: '期間の終わりを月 (2023-01) または年度 (FY2022) で指定してください。' })
  @MaxLength(16)
  to: string;
}

export class PartnerAgreementsExportQuery extends ExportFormatQuery {
  /** Today in Japan when absent. */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '基準日を日付(例: 2023-02-02)で指定してください。' })
  asOf?: string;
}

export class TalentBankOutcomesExportQuery extends ExportFormatQuery {
  @Type(() => Number)
  @IsInt({ message: YEAR_MESSAGE })
  fiscalYear: number;
}
