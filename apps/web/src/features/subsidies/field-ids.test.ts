import { fieldErrorsOf, subsidyFieldId } from './field-ids';

describe('where the API’s problems show', () => {
  it('links each API field to its input, from an estimate or from an attachment', () => {
    expect(subsidyFieldId('input.trainees.0.name')).toBe('sb-t-0-name');
    expect(subsidyFieldId('training.trainees.2.offJtMinutes')).toBe('sb-t-2-offjt-h');
    expect(subsidyFieldId('input.trainees.1.costBorneYen')).toBe('sb-t-1-cost');
    expect(subsidyFieldId('conversion.conversions.0.convertedOn')).toBe('sb-p-0-converted-on');
    expect(subsidyFieldId('input.applicationOn')).toBe('sb-application-on');
    expect(subsidyFieldId('input.rateTableId')).toBe('sb-table');
    expect(subsidyFieldId('input.companySize')).toBe('sb-size');
  });

  it('leaves unknown fields to the summary alone', () => {
    expect(subsidyFieldId('caseId')).toBeUndefined();
    expect(subsidyFieldId('input.trainees.0.unknown')).toBeUndefined();
  });

  it('finds the message of an input by its element id', () => {
    const error = fieldErrorsOf({
      code: 'BAD_USER_INPUT',
      reason: null,
      message: null,
      retryAfterSeconds: null,
      fields: [{ field: 'input.trainees.0.offJtMinutes', message: '0以上の整数で入力してください' }],
    });
    expect(error('sb-t-0-offjt-h')).toBe('0以上の整数で入力してください');
    expect(error('sb-t-0-name')).toBeUndefined();
  });
});
