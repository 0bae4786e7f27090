import { useMutation } from '@apollo/client/react';
import { DatePicker, NumberField, TextField, todayInJapan } from '@kakehashi/web-ui';
import { useState } from 'react';
import { CreateTalentBankSupportRequestDocument } from '../../gql/graphql';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { DialogForm } from '../../shared/dialog-form';
import { failureOf } from '../../shared/form-problems';
import { CompanyPicker, type PickedCompany } from '../organisations/company-picker';
import { talentBankMessages } from './messages';

const text = talentBankMessages.supportRequests;

const FIELD_IDS: Record<string, string> = {
  'input.companyId': 'tb-sr-company',
  'input.receivedOn': 'tb-sr-received',
  'input.contactName': 'tb-sr-contact',
  'input.contactDepartment': 'tb-sr-department',
  'input.contactPhone': 'tb-sr-phone',
  'input.contactEmail': 'tb-sr-email',
  'input.peopleCount': 'tb-sr-people',
  'input.expectedLeavingDates': 'tb-sr-leaving',
  'input.notes': 'tb-sr-notes',
};

const optional = (value: string) => (value.trim() === '' ? null : value);

/** Records a company's request to support its retiring employees, at the caller's office. */
export function SupportRequestDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const [company, setCompany] = useState<PickedCompany | null>(null);
  const [receivedOn, setReceivedOn] = useState<string | null>(todayInJapan());
  const [contactName, setContactName] = useState('');
  const [department, setDepartment] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [people, setPeople] = useState<number | null>(1);
  const [leavingOn, setLeavingOn] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [create] = useMutation(CreateTalentBankSupportRequestDocument, {
    refetchQueries: 'active',
  });
  const error = (field: string) => fieldMessage(failure, `input.${field}`);

  async function submit() {
    try {
      await create({
        variables: {
          input: {
            companyId: company?.id ?? '',
            receivedOn: receivedOn ?? '',
            contactName,
            contactDepartment: optional(department),
            contactPhone: optional(phone),
            contactEmail: optional(email),
            peopleCount: people ?? 0,
            expectedLeavingDates: leavingOn ? [leavingOn] : [],
            notes: optional(notes),
          },
        },
      });
      onDone();
    } catch (caught) {
      setFailure(failureOf(caught, text.dialog.failed));
    }
  }

  return (
    <DialogForm
      text={text.dialog}
      onClose={onClose}
      failure={failure}
      fieldIds={(field) =>
        FIELD_IDS[field] ?? (field.startsWith('input.expectedLeavingDates') ? 'tb-sr-leaving' : undefined)
      }
      busyMessage={text.dialog.busy}
      onSubmit={submit}
    >
      <CompanyPicker
        id="tb-sr-company"
        label={text.company}
        isRequired
        value={company}
        onChange={setCompany}
        errorMessage={error('companyId')}
      />
      <DatePicker
        id="tb-sr-received"
        label={text.receivedOn}
        isRequired
        value={receivedOn}
        onChange={setReceivedOn}
        errorMessage={error('receivedOn')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="tb-sr-contact"
          label={text.contactName}
          isRequired
          value={contactName}
          onChange={setContactName}
          errorMessage={error('contactName')}
        />
        <TextField
          id="tb-sr-department"
          label={text.contactDepartment}
          value={department}
          onChange={setDepartment}
          errorMessage={error('contactDepartment')}
        />
        <TextField
          id="tb-sr-phone"
          label={text.contactPhone}
          type="tel"
          inputMode="tel"
          value={phone}
          onChange={setPhone}
          errorMessage={error('contactPhone')}
        />
        <TextField
          id="tb-sr-email"
          label={text.contactEmail}
          type="email"
          inputMode="email"
          value={email}
          onChange={setEmail}
          errorMessage={error('contactEmail')}
        />
      </div>
      <NumberField
        id="tb-sr-people"
        label={text.peopleCount}
        unit="人"
        isRequired
        value={people}
        onChange={setPeople}
        errorMessage={error('peopleCount')}
      />
      <DatePicker
        id="tb-sr-leaving"
        label={text.expectedLeavingOn}
        value={leavingOn}
        onChange={setLeavingOn}
        errorMessage={error('expectedLeavingDates')}
      />
      <TextField
        id="tb-sr-notes"
        label={text.notes}
        multiline
        value={notes}
        onChange={setNotes}
        errorMessage={error('notes')}
      />
    </DialogForm>
  );
}
