import type { FieldError } from '@kakehashi/graphql-core';
import {
  cleanBranchName,
  nameProblems,
  prefectureCode,
  prefectureProblem,
} from '../../institutions/services/institution-fields';

export interface BranchValues {
  name: string;
  prefectureCode: string;
}

export function normaliseBranchFields(input: { name: string; prefectureCode: string }): {
  values: BranchValues;
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  const name = cleanBranchName(input.name);
  nameProblems(name, 'input.name', '支店名', errors);
  const code = prefectureCode(input.prefectureCode);
  if (!code) {
    errors.push({
      field: 'input.prefectureCode',
      message:
        input.prefectureCode.trim() === ''
          ? '所在都道府県を指定してください。'
          : prefectureProblem(input.prefectureCode),
    });
  }
  return { values: { name, prefectureCode: code ?? '' }, errors };
}
