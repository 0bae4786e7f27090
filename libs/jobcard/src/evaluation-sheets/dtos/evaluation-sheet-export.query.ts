// The query string of the sheet's Excel download, validated by the global validation pipe (bad input is 400
// BAD_USER_INPUT with a Japanese field message).
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import type { EvaluationMoment } from '../evaluation-sheet';

export class EvaluationSheetExportQuery {
  /** Whose ratings to print; the latest evaluation when absent. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsIn(['TARGETS', 'MIDTERM', 'FINAL'], {
    message: '時点の指定が正しくありません (TARGETS、MIDTERM、FINAL)。',
  })
  moment?: EvaluationMoment;
}
