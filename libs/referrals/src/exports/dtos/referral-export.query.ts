// The query string of the referrals download: the same filter as the partner's list (/referrals), validated by the
// global validation pipe like the GraphQL arguments (bad input is 400 BAD_USER_INPUT with Japanese field messages).
// Query values arrive as text: a list comes comma-separated or repeated, a flag as true/false.
import { Transform } from 'class-transformer';
import { IsArray, IsEnum, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ISO_DATE, type ReferralFilter } from '../../referrals/dtos/referrals.args';
import { ReferralNeed, ReferralStatus } from '../../referral-enums';

const DATE_MESSAGE = '日付は YYYY-MM-DD の形式で指定してください。';
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);
const asList = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : (Array.isArray(value) ? value : [value]).flatMap((each) => String(each).split(',')).filter(Boolean);

export class ReferralExportQuery {
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @IsEnum(ReferralStatus, { each: true, message: '状態の指定が正しくありません。' })
  status?: ReferralStatus[];

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsEnum(ReferralNeed, { message: '相談内容の指定が正しくありません。' })
  need?: ReferralNeed;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsIn(['true', 'false'], { message: '重複の指定は true または false です。' })
  duplicate?: 'true' | 'false';

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(100)
  branchId?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(200, { message: '企業名は200文字以内で指定してください。' })
  clientName?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  createdFrom?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  createdTo?: string;
}

/** The list's GraphQL filter for a download's query string. */
export function filterOfExportQuery(query: ReferralExportQuery): ReferralFilter {
  return {
    statuses: query.status ?? null,
    need: query.need ?? null,
    possibleDuplicate: query.duplicate === undefined ? null : query.duplicate === 'true',
    branchId: query.branchId ?? null,
    clientName: query.clientName ?? null,
    createdFrom: query.createdFrom ?? null,
    createdTo: query.createdTo ?? null,
  };
}
