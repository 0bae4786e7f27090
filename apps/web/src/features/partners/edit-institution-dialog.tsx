import { useMutation } from '@apollo/client/react';
import { UpdatePartnerInstitutionDocument } from '../../gql/graphql';
import {
  INSTITUTION_FIELDS,
  institutionChangesOf,
  InstitutionFields,
  institutionValuesOf,
  useInstitutionDisplay,
  type InstitutionField,
} from './institution-fields';
import { partnerFieldLabels, partnerMessages } from './messages';
import { changedValues } from '../../shared/record-conflict';
import { RecordFormDialog } from '../../shared/record-form/record-form-dialog';
import { useInstitutionReload, type InstitutionDetail } from './use-institution-reload';
import type { PartnerReferenceLists } from './use-partner-reference-lists';
import { useRecordForm } from '../../shared/record-form/use-record-form';

const text = partnerMessages.institutionForm;

/** Edits the institution against the version it was read at; only the fields changed are sent. */
export function EditInstitutionDialog({
  institution,
  asOf,
  lists,
  onClose,
  onSaved,
}: {
  institution: InstitutionDetail;
  asOf: string;
  lists: PartnerReferenceLists;
  onClose: () => void;
  onSaved: () => void;
}) {
  const form = useRecordForm<InstitutionField>({
    text: partnerMessages.recordForm,
    idPrefix: 'institution',
    fields: INSTITUTION_FIELDS,
    initial: { values: institutionValuesOf(institution), version: institution.version },
  });
  const reload = useInstitutionReload(institution.id, asOf);
  const display = useInstitutionDisplay(lists);
  const [update] = useMutation(UpdatePartnerInstitutionDocument);

  async function submit() {
    const saved = await form.save(
      ({ values, base, version }) =>
        update({
          variables: {
            input: {
              id: institution.id,
              expectedVersion: version,
              ...institutionChangesOf(changedValues(INSTITUTION_FIELDS, base, values)),
            },
          },
        }),
      {
        reload: async () => {
          const latest = await reload();
          return { values: institutionValuesOf(latest), version: latest.version };
        },
      },
    );
    if (saved) onSaved();
  }

  return (
    <RecordFormDialog
      title={text.editTitle}
      form={form}
      failedTitle={text.failedUpdate}
      submitLabel={text.submitUpdate}
      onSubmit={() => void submit()}
      onClose={onClose}
      labels={partnerFieldLabels.institution}
      display={display}
    >
      <InstitutionFields form={form} lists={lists} />
    </RecordFormDialog>
  );
}
