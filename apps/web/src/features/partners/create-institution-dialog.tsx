import { useMutation } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { CreatePartnerInstitutionDocument } from '../../gql/graphql';
import {
  EMPTY_INSTITUTION,
  INSTITUTION_FIELDS,
  createInstitutionInputOf,
  InstitutionFields,
  type InstitutionField,
} from './institution-fields';
import { partnerFieldLabels, partnerMessages } from './messages';
import { RecordFormDialog } from '../../shared/record-form/record-form-dialog';
import type { PartnerReferenceLists } from './use-partner-reference-lists';
import { useRecordForm } from '../../shared/record-form/use-record-form';

const text = partnerMessages.institutionForm;

/** Registers an institution; on success its page opens, ready for branches, agreements, contacts and accounts. */
export function CreateInstitutionDialog({
  lists,
  onClose,
}: {
  lists: PartnerReferenceLists;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const form = useRecordForm<InstitutionField>({
    text: partnerMessages.recordForm,
    idPrefix: 'new-institution',
    fields: INSTITUTION_FIELDS,
    initial: { values: EMPTY_INSTITUTION, version: 0 },
  });
  const [create] = useMutation(CreatePartnerInstitutionDocument, {
    // The list shows the new institution next time it is read.
    refetchQueries: ['PartnerInstitutions'],
  });

  async function submit() {
    let createdId: string | undefined;
    const saved = await form.save(
      async ({ values }) => {
        const result = await create({ variables: { input: createInstitutionInputOf(values) } });
        createdId = result.data?.createPartnerInstitution.id;
      },
      // The type is an enum: a missing one would be refused before the API looked at any other field.
      { localProblems: form.values.type ? {} : { type: text.typeRequired } },
    );
    if (saved && createdId) {
      await navigate({
        to: '/partners/$institutionId',
        params: { institutionId: createdId },
        search: { saved: 'created' },
      });
    }
  }

  return (
    <RecordFormDialog
      title={text.createTitle}
      form={form}
      failedTitle={text.failed}
      submitLabel={text.submitCreate}
      onSubmit={() => void submit()}
      onClose={onClose}
      labels={partnerFieldLabels.institution}
    >
      <InstitutionFields form={form} lists={lists} />
    </RecordFormDialog>
  );
}
