import { useMutation } from '@apollo/client/react';
import { Button, Select, TextField } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  AddPartnerBranchDocument,
  UpdatePartnerBranchDocument,
  type PartnerBranchDetailFragment,
} from '../../gql/graphql';
import { partnerFieldLabels, partnerMessages } from './messages';
import type { PartnerTabProps } from './partner-tab-props';
import { changedValues, type RecordValues } from '../../shared/record-conflict';
import { RecordFormDialog } from './record-form-dialog';
import { actionsTh, TabSection, td, th } from './tab-section';
import { useInstitutionReload } from './use-institution-reload';
import { useRecordForm } from './use-record-form';

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
      heading={text.heading}
      addLabel={text.add}
      onAdd={() => setOpen('new')}
      isEmpty={institution.branches.length === 0}
      emptyTitle={text.empty}
      emptyHelp={text.emptyHelp}
      tableLabel={text.tableLabel}
      dialog={
        open ? (
          <BranchDialog {...props} branch={open === 'new' ? null : open} onClose={() => setOpen(null)} />
        ) : null
      }
    >
      <thead>
        <tr>
          <th scope="col" className={th}>
            {labels.name}
          </th>
          <th scope="col" className={th}>
            {labels.prefectureCode}
          </th>
          <th scope="col" className={actionsTh}>
            <span className="sr-only">{partnerMessages.actionsColumn}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {institution.branches.map((branch) => (
          <tr key={branch.id}>
            <th scope="row" className={`${td} text-left`}>
              {branch.name}
            </th>
            <td className={td}>{branch.prefecture?.nameJa ?? branch.prefectureCode}</td>
            <td className={`${td} text-right`}>
              <Button variant="secondary" onPress={() => setOpen(branch)}>
                {text.edit(branch.name)}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
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
    idPrefix: 'branch',
    fields: FIELDS,
    initial: branch
      ? { values: valuesOf(branch), version: branch.version }
      : { values: { name: '', prefectureCode: '' }, version: 0 },
  });
  const reload = useInstitutionReload(institution.id, asOf);
  const [add] = useMutation(AddPartnerBranchDocument, { refetchQueries: ['PartnerInstitution'] });
  const [update] = useMutation(UpdatePartnerBranchDocument, { refetchQueries: ['PartnerInstitution'] });

  async function submit() {
    const saved = branch
      ? await form.save(
          ({ values, base, version }) =>
            update({
              variables: {
                input: { id: branch.id, expectedVersion: version, ...changedValues(FIELDS, base, values) },
              },
            }),
          {
            reload: async () => {
              const latest = (await reload()).branches.find((each) => each.id === branch.id);
              if (!latest) throw new Error('the branch could not be read again');
              return { values: valuesOf(latest), version: latest.version };
            },
          },
        )
      : await form.save(({ values }) =>
          add({ variables: { input: { institutionId: institution.id, ...values } } }),
        );
    if (saved) {
      onClose();
      onDone(branch ? text.updated(form.values.name) : text.added(form.values.name));
    }
  }

  return (
    <RecordFormDialog
      title={branch ? text.editTitle(branch.name) : text.addTitle}
      form={form}
      failedTitle={text.failed}
      submitLabel={text.submit}
      onSubmit={() => void submit()}
      onClose={onClose}
      labels={labels}
      display={(field, value) => (field === 'prefectureCode' ? lists.prefectureName(value) : value)}
    >
      <TextField
        id={form.idFor('name')}
        label={labels.name}
        value={form.values.name}
        onChange={(value) => form.set('name', value)}
        errorMessage={form.errorFor('name')}
        isRequired
        autoComplete="off"
      />
      <Select
        id={form.idFor('prefectureCode')}
        label={labels.prefectureCode}
        options={lists.prefectures}
        value={form.values.prefectureCode || null}
        onChange={(value) => form.set('prefectureCode', value ?? '')}
        errorMessage={form.errorFor('prefectureCode')}
        isRequired
      />
    </RecordFormDialog>
  );
}
