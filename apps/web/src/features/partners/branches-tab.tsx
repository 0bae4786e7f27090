import { useMutation } from '@apollo/client/react';
import { Button } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  AddPartnerBranchDocument,
  UpdatePartnerBranchDocument,
  type PartnerBranchDetailFragment,
} from '../../gql/graphql';
import { partnerFieldLabels, partnerMessages } from './messages';
import type { PartnerTabProps } from './partner-tab-props';
import { changedValues, type RecordValues } from '../../shared/record-conflict';
import { RecordSelect, RecordTextField } from '../../shared/record-form/record-fields';
import { NamedRecordDialog } from '../../shared/record-form/record-form-dialog';
import { ActionsCell, TabSection, td } from './tab-section';
import { recordReload, useInstitutionReload } from './use-institution-reload';
import { useRecordForm } from '../../shared/record-form/use-record-form';

const text = partnerMessages.branches;
const labels = partnerFieldLabels.branch;
const FIELDS = ['name', 'prefectureCode'] as const;
type BranchField = (typeof FIELDS)[number];

const valuesOf = (branch: PartnerBranchDetailFragment): RecordValues<BranchField> => ({
  name: branch.name,
  prefectureCode: branch.prefectureCode,
});

/** The institution's branches: add one, rename it or move it to another prefecture. */
export function BranchesTab(props: PartnerTabProps) {
  const { institution } = props;
  // null: closed; 'new': adding; else the branch being edited.
  const [open, setOpen] = useState<'new' | PartnerBranchDetailFragment | null>(null);
  return (
    <TabSection
      id="partner-branches"
      text={text}
      onAdd={() => setOpen('new')}
      isEmpty={institution.branches.length === 0}
      columns={[labels.name, labels.prefectureCode]}
      dialog={
        open ? (
          <BranchDialog {...props} branch={open === 'new' ? null : open} onClose={() => setOpen(null)} />
        ) : null
      }
    >
      {institution.branches.map((branch) => (
        <tr key={branch.id}>
          <th scope="row" className={`${td} text-left`}>
            {branch.name}
          </th>
          <td className={td}>{branch.prefecture?.nameJa ?? branch.prefectureCode}</td>
          <ActionsCell>
            <Button variant="secondary" onPress={() => setOpen(branch)}>
              {text.edit(branch.name)}
            </Button>
          </ActionsCell>
        </tr>
      ))}
    </TabSection>
  );
}

function BranchDialog({
  institution,
  lists,
  asOf,
  onDone,
  branch,
  onClose,
}: PartnerTabProps & { branch: PartnerBranchDetailFragment | null; onClose: () => void }) {
  const form = useRecordForm<BranchField>({
    text: partnerMessages.recordForm,
    idPrefix: 'branch',
    fields: FIELDS,
    initial: branch
      ? { values: valuesOf(branch), version: branch.version }
      : { values: { name: '', prefectureCode: '' }, version: 0 },
  });
  const reload = useInstitutionReload(institution.id, asOf);
  const [add] = useMutation(AddPartnerBranchDocument, { refetchQueries: ['PartnerInstitution'] });
  const [update] = useMutation(UpdatePartnerBranchDocument, { refetchQueries: ['PartnerInstitution'] });

  const save = () =>
    branch
      ? form.save(
          ({ values, base, version }) =>
            update({
              variables: {
                input: { id: branch.id, expectedVersion: version, ...changedValues(FIELDS, base, values) },
              },
            }),
          { reload: recordReload(reload, { id: branch.id, what: 'branch' }, (i) => i.branches, valuesOf) },
        )
      : form.save(({ values }) =>
          add({ variables: { input: { institutionId: institution.id, ...values } } }),
        );

  return (
    <NamedRecordDialog
      record={branch}
      text={text}
      form={form}
      save={save}
      onClose={onClose}
      onDone={onDone}
      labels={labels}
      display={(field, value) => (field === 'prefectureCode' ? lists.prefectureName(value) : value)}
    >
      <RecordTextField form={form} field="name" label={labels.name} isRequired />
      <RecordSelect
        form={form}
        field="prefectureCode"
        label={labels.prefectureCode}
        options={lists.prefectures}
        isRequired
      />
    </NamedRecordDialog>
  );
}
