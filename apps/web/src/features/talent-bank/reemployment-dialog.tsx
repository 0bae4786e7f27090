import { useMutation, useQuery } from '@apollo/client/react';
import { DatePicker, Select, TextField, todayInJapan } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  RecordTalentBankReemploymentDocument,
  TalentBankOccupationsDocument,
  type ReemploymentType,
  type ReemploymentWageBand,
  type TalentBankRecordFragment,
} from '../../gql/graphql';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { DialogForm } from '../../shared/dialog-form';
import { useEnumOptions } from '../../shared/enum-labels';
import { failureOf, localProblem } from '../../shared/form-problems';
import { CompanyPicker, type PickedCompany } from '../organisations/company-picker';
import type { OpeningMatch } from './matches-section';
import { talentBankMessages } from './messages';

const text = talentBankMessages.reemployment;

const FIELD_IDS: Record<string, string> = {
  'input.reemployedOn': 'tb-re-on',
  'input.employerCompanyId': 'tb-re-employer',
  'input.jobTitle': 'tb-re-title',
  'input.occupationCode': 'tb-re-occupation',
  'input.employmentType': 'tb-re-type',
  'input.wageBand': 'tb-re-wage',
};

/** Records where the registrant was re-employed (from a matched opening, or any company); closes the registration. */
export function ReemploymentDialog({
  record,
  via,
  onClose,
  onDone,
}: {
  record: TalentBankRecordFragment;
  via: OpeningMatch | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const offer = via?.opening.receivingOffer ?? null;
  const [reemployedOn, setReemployedOn] = useState<string | null>(todayInJapan());
  const [employer, setEmployer] = useState<PickedCompany | null>(offer?.company ?? null);
  const [jobTitle, setJobTitle] = useState(offer?.jobTitle ?? '');
  const [occupationCode, setOccupationCode] = useState<string | null>(offer?.occupationCode ?? null);
  const [employmentType, setEmploymentType] = useState<string | null>(null);
  const [wageBand, setWageBand] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const { data } = useQuery(TalentBankOccupationsDocument, { fetchPolicy: 'cache-first' });
  const types = useEnumOptions('ReemploymentType');
  const bands = useEnumOptions('ReemploymentWageBand');
  const [save] = useMutation(RecordTalentBankReemploymentDocument);

  async function submit() {
    if (!employmentType)
      return setFailure(localProblem('input.employmentType', `${text.employmentType}を選択してください。`));
    if (!wageBand) return setFailure(localProblem('input.wageBand', `${text.wageBand}を選択してください。`));
    try {
      await save({
        variables: {
          input: {
            registrantId: record.id,
            expectedVersion: record.version,
            reemployedOn: reemployedOn ?? '',
            employerCompanyId: employer?.id ?? '',
            receivingOfferId: via?.receivingOfferId ?? null,
            jobTitle,
            occupationCode: occupationCode ?? '',
            employmentType: employmentType as ReemploymentType,
            wageBand: wageBand as ReemploymentWageBand,
          },
        },
      });
      onDone();
    } catch (error) {
      setFailure(failureOf(error, text.failed));
    }
  }

  return (
    <DialogForm
      text={{ title: text.title, failed: text.failed, submit: text.submit, cancel: text.cancel }}
      intro={offer ? `${text.intro}${text.viaOpening(offer.jobTitle, offer.company.legalName)}` : text.intro}
      onClose={onClose}
      failure={failure}
      fieldIds={FIELD_IDS}
      busyMessage={text.busy}
      onSubmit={submit}
    >
      <DatePicker
        id="tb-re-on"
        label={text.reemployedOn}
        isRequired
        value={reemployedOn}
        onChange={setReemployedOn}
        errorMessage={fieldMessage(failure, 'input.reemployedOn')}
      />
      <CompanyPicker
        id="tb-re-employer"
        label={text.employer}
        isRequired
        value={employer}
        onChange={setEmployer}
        errorMessage={fieldMessage(failure, 'input.employerCompanyId')}
      />
      <TextField
        id="tb-re-title"
        label={text.jobTitle}
        isRequired
        value={jobTitle}
        onChange={setJobTitle}
        errorMessage={fieldMessage(failure, 'input.jobTitle')}
      />
      <Select
        id="tb-re-occupation"
        label={text.occupation}
        isRequired
        options={(data?.occupationMajorGroups ?? []).map((each) => ({
          value: each.code,
          label: each.nameJa,
        }))}
        value={occupationCode}
        onChange={setOccupationCode}
        errorMessage={fieldMessage(failure, 'input.occupationCode')}
      />
      <Select
        id="tb-re-type"
        label={text.employmentType}
        isRequired
        options={types}
        value={employmentType}
        onChange={setEmploymentType}
        errorMessage={fieldMessage(failure, 'input.employmentType')}
      />
      <Select
        id="tb-re-wage"
        label={text.wageBand}
        isRequired
        options={bands}
        value={wageBand}
        onChange={setWageBand}
        errorMessage={fieldMessage(failure, 'input.wageBand')}
      />
    </DialogForm>
  );
}
