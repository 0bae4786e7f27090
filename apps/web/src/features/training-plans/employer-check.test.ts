import { employerInput } from './employer-check';

describe('the employer’s facts as the API reads them', () => {
  const form = {
    employsFixedTermWorkers: true,
    known: { planCertified: 'yes', trainedAsCertified: 'unknown', wagesPaidProperly: 'no' },
    recordsChecked: false,
    records: { training: true, costs: false, wages: true },
    applicationOn: null,
    dismissals: ' 2025-09-10 \n\n2024-08-19',
  } as const;

  it('sends what is not known yet as null, and the dismissal days one a line as typed', () => {
    expect(
      employerInput({ ...form, known: { ...form.known }, records: { ...form.records } }, '2025-02-20'),
    ).toEqual({
      submittedOn: '2025-02-20',
      applicationOn: null,
      employsFixedTermWorkers: true,
      planCertified: true,
      trainedAsCertified: null,
      wagesPaidProperly: false,
      recordsKept: null,
      dismissalsForEmployerReasons: ['2025-09-10', '2024-08-19'],
    });
  });

  it('sends the three records only once they have been checked', () => {
    const checked = employerInput(
      { ...form, known: { ...form.known }, records: { ...form.records }, recordsChecked: true },
      '2025-02-20',
    );
    expect(checked.recordsKept).toEqual({ training: true, costs: false, wages: true });
  });
});
