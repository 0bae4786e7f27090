import { useApolloClient, useMutation } from '@apollo/client/react';
import { Checkbox } from '@kakehashi/web-ui';
import {
  AdminCreateSkillDocument,
  AdminSkillsDocument,
  AdminUpdateSkillDocument,
  type AdminSkillFragment,
  type SkillCategory,
} from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../shared/enum-labels';
import { changedValues, type RecordValues } from '../../shared/record-conflict';
import { RecordSelect, RecordTextField } from '../../shared/record-form/record-fields';
import { RecordFormDialog } from '../../shared/record-form/record-form-dialog';
import { useRecordForm } from '../../shared/record-form/use-record-form';
import { adminFieldLabels, adminMessages } from './messages';

const text = adminMessages.skills;
const labels = adminFieldLabels.skill;
const FIELDS = ['name', 'reading', 'category', 'synonyms', 'implies', 'active'] as const;
type SkillField = (typeof FIELDS)[number];

/** Lists are edited one item a line; blank lines are dropped (the API trims and checks each item). */
const linesOf = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const valuesOf = (skill: AdminSkillFragment | null): RecordValues<SkillField> => ({
  name: skill?.name ?? '',
  reading: skill?.reading ?? '',
  category: skill?.category ?? '',
  synonyms: (skill?.synonyms ?? []).join('\n'),
  implies: (skill?.implies ?? []).join('\n'),
  active: String(skill?.active ?? true),
});

/**
 * Adds a dictionary entry or edits one; the dialog says beforehand that saving resolves the offers again (so the
 * matching sees a new synonym at once), and a stale edit shows what the other administrator changed.
 */
export function SkillDialog({
  skill,
  onClose,
  onDone,
}: {
  /** null: a new entry. */
  skill: AdminSkillFragment | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const apollo = useApolloClient();
  const form = useRecordForm<SkillField>({
    text: adminMessages.recordForm,
    idPrefix: 'admin-skill',
    fields: FIELDS,
    initial: { values: valuesOf(skill), version: skill?.version ?? 0 },
  });
  const categories = useEnumOptions('SkillCategory');
  const categoryLabel = useEnumLabel('SkillCategory');
  const [create] = useMutation(AdminCreateSkillDocument, { refetchQueries: ['AdminSkills'] });
  const [update] = useMutation(AdminUpdateSkillDocument, { refetchQueries: ['AdminSkills'] });

  async function submit() {
    const saved = await form.save(
      ({ values, base, version }) => {
        if (!skill) {
          return create({
            variables: {
              input: {
                name: values.name,
                reading: values.reading,
                category: values.category as SkillCategory,
                synonyms: linesOf(values.synonyms),
                implies: linesOf(values.implies),
              },
            },
          });
        }
        const changed = changedValues(FIELDS, base, values);
        return update({
          variables: {
            input: {
              id: skill.id,
              expectedVersion: version,
              ...(changed.name !== undefined ? { name: changed.name } : {}),
              ...(changed.reading !== undefined ? { reading: changed.reading } : {}),
              ...(changed.category !== undefined ? { category: changed.category as SkillCategory } : {}),
              ...(changed.synonyms !== undefined ? { synonyms: linesOf(changed.synonyms) } : {}),
              ...(changed.implies !== undefined ? { implies: linesOf(changed.implies) } : {}),
              ...(changed.active !== undefined ? { active: changed.active === 'true' } : {}),
            },
          },
        });
      },
      {
        localProblems: form.values.category ? {} : { category: text.categoryRequired },
        reload: skill
          ? async () => {
              const result = await apollo.query({
                query: AdminSkillsDocument,
                variables: { search: skill.name, first: 20 },
                fetchPolicy: 'network-only',
              });
              const latest = result.data?.skills.edges.find((edge) => edge.node.id === skill.id)?.node;
              if (!latest) throw new Error('the entry could not be read again');
              return { values: valuesOf(latest), version: latest.version };
            }
          : undefined,
      },
    );
    if (!saved) return null;
    return skill ? text.updated(form.values.name) : text.added(form.values.name);
  }

  return (
    <RecordFormDialog
      title={skill ? text.editTitle(skill.name) : text.addTitle}
      form={form}
      failedTitle={text.failed}
      submitLabel={text.submit}
      onSubmit={submit}
      onClose={onClose}
      onDone={onDone}
      labels={labels}
      display={(field, value) =>
        field === 'category'
          ? categoryLabel(value)
          : field === 'active'
            ? value === 'true'
              ? text.active
              : text.inactive
            : value.split('\n').join('、')
      }
      lead={<p className="rounded-8 border border-blue-900 bg-blue-50 p-3">{text.effect}</p>}
    >
      <RecordTextField form={form} field="name" label={labels.name} isRequired />
      <RecordTextField
        form={form}
        field="reading"
        label={labels.reading}
        description={text.readingHint}
        isRequired
      />
      <RecordSelect form={form} field="category" label={labels.category} options={categories} isRequired />
      <RecordTextField
        form={form}
        field="synonyms"
        label={labels.synonyms}
        description={text.listHint}
        multiline
      />
      <RecordTextField
        form={form}
        field="implies"
        label={labels.implies}
        description={text.impliesHint}
        multiline
      />
      {skill ? (
        <Checkbox
          id={form.idFor('active')}
          isSelected={form.values.active === 'true'}
          onChange={(selected) => form.set('active', String(selected))}
        >
          {text.activeLabel}
        </Checkbox>
      ) : null}
    </RecordFormDialog>
  );
}
