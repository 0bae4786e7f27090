import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { TextField } from '@kakehashi/web-ui';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { axeViolations } from '../../test/axe';
import { partnerMessages } from '../../features/partners/messages';
import { RecordFormDialog } from './record-form-dialog';
import { useRecordForm, type LoadedRecord, type RecordEdit } from './use-record-form';

// React Aria's live announcer outlives a test, still pointing at elements the previous test removed.
afterEach(() => document.querySelectorAll('[data-live-announcer]').forEach((node) => node.remove()));

const FIELDS = ['name', 'title'] as const;
type Field = (typeof FIELDS)[number];
const LABELS = { name: '氏名', title: '部署・役職' };

function apiError(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [new GraphQLError(message, { extensions })] });
}

/** A contact's edit dialog around the hook, with the write and the reload given by the test. */
function Harness({
  write,
  reload,
  onSaved,
}: {
  write: (edit: RecordEdit<Field>) => Promise<unknown>;
  reload: () => Promise<LoadedRecord<Field>>;
  onSaved: () => void;
}) {
  const form = useRecordForm<Field>({
    text: partnerMessages.recordForm,
    idPrefix: 'contact',
    fields: FIELDS,
    initial: { values: { name: '連携 花子', title: '法人営業部' }, version: 1 },
  });
  return (
    <RecordFormDialog
      title="担当者を編集"
      form={form}
      failedTitle="保存できませんでした"
      submitLabel="保存する"
      onSubmit={() => void form.save(write, { reload }).then((saved) => saved && onSaved())}
      onClose={vi.fn()}
      labels={LABELS}
    >
      {FIELDS.map((field) => (
        <TextField
          key={field}
          id={form.idFor(field)}
          label={LABELS[field]}
          value={form.values[field]}
          onChange={(value) => form.set(field, value)}
          errorMessage={form.errorFor(field)}
        />
      ))}
    </RecordFormDialog>
  );
}

describe('RecordFormDialog', () => {
  it('shows the API’s field error at its field, focused, with the input kept', async () => {
    const write = vi.fn().mockRejectedValue(
      apiError('入力内容に誤りがあります。', {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.name', message: '氏名を入力してください。' }],
      }),
    );
    const onSaved = vi.fn();
    render(<Harness write={write} reload={vi.fn()} onSaved={onSaved} />);
    const name = screen.getByRole('textbox', { name: '氏名' });
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('氏名を入力してください。');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(screen.getByRole('textbox', { name: '部署・役職' })).toHaveValue('法人営業部');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('explains a stale save and lays the user’s change over the stored version, sending from its version', async () => {
    const write = vi
      .fn()
      .mockRejectedValueOnce(
        apiError('他のユーザーが先に更新しました。', {
          code: 'CONFLICT',
          reason: 'STALE_VERSION',
          currentVersion: 2,
        }),
      )
      .mockResolvedValueOnce({});
    const reload = vi.fn().mockResolvedValue({ values: { name: '連携 花子', title: '総務部' }, version: 2 });
    const onSaved = vi.fn();
    render(<Harness write={write} reload={reload} onSaved={onSaved} />);
    const name = screen.getByRole('textbox', { name: '氏名' });
    await userEvent.clear(name);
    await userEvent.type(name, '連携 はな子');
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('まだ保存されていません');
    const rows = screen.getAllByRole('row').map((row) => row.textContent);
    expect(rows).toContain('氏名連携 はな子連携 花子あなた');
    expect(rows).toContain('部署・役職法人営業部総務部他の人');
    expect(screen.getByRole('heading', { name: '他の人が先に保存しました' })).toHaveFocus();
    expect(await axeViolations(document.body)).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: /自分の変更を反映/ }));
    expect(screen.getByRole('status')).toHaveTextContent('反映しました');
    expect(screen.getByRole('textbox', { name: '氏名' })).toHaveValue('連携 はな子');
    expect(screen.getByRole('textbox', { name: '部署・役職' })).toHaveValue('総務部');
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(write).toHaveBeenLastCalledWith({
      values: { name: '連携 はな子', title: '総務部' },
      base: { name: '連携 花子', title: '総務部' },
      version: 2,
    });
  });

  it('drops the user’s change on request and shows the stored version', async () => {
    const write = vi
      .fn()
      .mockRejectedValueOnce(
        apiError('他の人が更新しました。', { code: 'CONFLICT', reason: 'USER_VERSION_CONFLICT' }),
      );
    const reload = vi.fn().mockResolvedValue({ values: { name: '連携 花子', title: '総務部' }, version: 3 });
    render(<Harness write={write} reload={reload} onSaved={vi.fn()} />);
    await userEvent.type(screen.getByRole('textbox', { name: '氏名' }), '（仮）');
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    await userEvent.click(await screen.findByRole('button', { name: /自分の変更を破棄/ }));
    expect(screen.getByRole('status')).toHaveTextContent('破棄し');
    expect(screen.getByRole('textbox', { name: '氏名' })).toHaveValue('連携 花子');
    expect(screen.getByRole('textbox', { name: '部署・役職' })).toHaveValue('総務部');
  });
});
