import { fieldOfPath, recordFormErrors } from './record-form-errors';

const FIELDS = ['type', 'name', 'coveredPrefectureCodes'] as const;
const idOf = (field: string) => `institution-${field}`;

describe('where the API’s refusal lands on a partner form', () => {
  it('puts an item of a list at the list, and an unknown path nowhere', () => {
    expect(fieldOfPath(FIELDS, 'input.coveredPrefectureCodes.1')).toBe('coveredPrefectureCodes');
    expect(fieldOfPath(FIELDS, 'input.name')).toBe('name');
    expect(fieldOfPath(FIELDS, 'input.somethingElse')).toBeUndefined();
  });

  it('shows field messages in the form’s order, then the rest; the form’s own problems too', () => {
    const errors = recordFormErrors(
      FIELDS,
      idOf,
      {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        message: '入力内容に誤りがあります。',
        retryAfterSeconds: null,
        fields: [
          {
            field: 'input.coveredPrefectureCodes.1',
            message: '都道府県コード「50」は存在しません(01〜47)。',
          },
          { field: 'input.name', message: '名称を入力してください。' },
          { field: 'input.unknown', message: 'その他の問題です。' },
        ],
      },
      { type: '種別を選択してください。' },
    );
    expect(errors.problems).toEqual([
      { fieldId: 'institution-type', message: '種別を選択してください。' },
      { fieldId: 'institution-name', message: '名称を入力してください。' },
      {
        fieldId: 'institution-coveredPrefectureCodes',
        message: '都道府県コード「50」は存在しません(01〜47)。',
      },
      { message: 'その他の問題です。' },
    ]);
  });

  it('shows a refusal without fields above the form', () => {
    const errors = recordFormErrors(FIELDS, idOf, {
      code: 'NOT_FOUND',
      reason: 'PARTNER_RECORD_NOT_FOUND',
      message: '指定された提携機関が見つかりません。',
      retryAfterSeconds: null,
      fields: [],
    });
    expect(errors.byField).toEqual({});
    expect(errors.problems).toEqual([{ message: '指定された提携機関が見つかりません。' }]);
  });
});
