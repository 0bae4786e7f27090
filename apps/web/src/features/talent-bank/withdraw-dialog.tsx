import { useMutation } from '@apollo/client/react';
import { DatePicker, todayInJapan } from '@kakehashi/web-ui';
import { useState } from 'react';
import { WithdrawTalentBankConsentDocument, type TalentBankRecordFragment } from '../../gql/graphql';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { DialogForm } from '../../shared/dialog-form';
import { failureOf } from '../../shared/form-problems';
import { talentBankMessages } from './messages';

const text = talentBankMessages.withdraw;

/** Records a withdrawal of consent, saying plainly (in the API's words) what then happens to the data. */
export function WithdrawDialog({
  record,
  notice,
  onClose,
  onDone,
}: {
  record: TalentBankRecordFragment;
  notice: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const [withdrawnOn, setWithdrawnOn] = useState<string | null>(todayInJapan());
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [withdraw] = useMutation(WithdrawTalentBankConsentDocument);

  async function submit() {
    try {
      await withdraw({
        variables: {
          input: { registrantId: record.id, expectedVersion: record.version, withdrawnOn: withdrawnOn ?? '' },
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
      intro={notice}
      onClose={onClose}
      failure={failure}
      fieldIds={{ 'input.withdrawnOn': 'tb-withdrawn-on' }}
      busyMessage={text.busy}
      submitVariant="danger"
      onSubmit={submit}
    >
      <DatePicker
        id="tb-withdrawn-on"
        label={text.withdrawnOn}
        isRequired
        value={withdrawnOn}
        onChange={setWithdrawnOn}
        errorMessage={fieldMessage(failure, 'input.withdrawnOn')}
      />
    </DialogForm>
  );
}
