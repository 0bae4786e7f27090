import { Button, DatePicker, TextField } from '@kakehashi/web-ui';
import { emptyWorker, removeAt, replaceAt, type WorkerDraft } from './dispatch-draft';
import { inputId } from './dispatch-input';
import type { FormBinding } from './form-binding';
import { dispatchMessages } from './messages';

const text = dispatchMessages.workers;
const ADD_ID = 'dr-workers-add';

/**
 * The dispatched workers who attended, once each (id and hire day); sessions and the deemed-competent pick them by
 * name. A worker removed is also taken off every session and course.
 */
export function WorkersFields({ form }: { form: FormBinding }) {
  const { draft, update, errorAt, focusLater } = form;
  const setWorker = (index: number, change: Partial<WorkerDraft>) =>
    update((d) => ({ ...d, workers: replaceAt(d.workers, index, (w) => ({ ...w, ...change })) }));
  function remove(index: number) {
    const key = draft.workers[index].key;
    update((d) => ({
      ...d,
      workers: removeAt(d.workers, index),
      sheets: d.sheets.map((sheet) => ({
        ...sheet,
        courses: sheet.courses.map((course) => ({
          ...course,
          deemed: course.deemed.filter((each) => each !== key),
          sessions: course.sessions.map((s) => ({ ...s, attendees: s.attendees.filter((a) => a !== key) })),
        })),
      })),
    }));
    focusLater(ADD_ID);
  }
  return (
    <section aria-labelledby="dr-workers-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="dr-workers-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mb-4 mt-1 text-solid-gray-700">{text.lead}</p>
      <ol className="flex flex-col gap-4">
        {draft.workers.map((worker, index) => (
          <li
            key={worker.key}
            className="grid items-start gap-4 border-b border-solid-gray-300 pb-4 md:grid-cols-[1fr_1fr_auto]"
          >
            <TextField
              id={inputId(`workers.${index}.workerId`)}
              label={text.workerId(index + 1)}
              value={worker.workerId}
              onChange={(value) => setWorker(index, { workerId: value })}
              errorMessage={errorAt(`workers.${index}.workerId`)}
              isRequired
            />
            <DatePicker
              id={inputId(`workers.${index}.hiredOn`)}
              label={text.hiredOn(index + 1)}
              value={worker.hiredOn}
              onChange={(value) => setWorker(index, { hiredOn: value })}
              errorMessage={errorAt(`workers.${index}.hiredOn`)}
              isRequired
            />
            <Button variant="quiet" className="md:mt-7" onPress={() => remove(index)}>
              {dispatchMessages.remove}
              <span className="sr-only">{text.remove(index + 1, worker.workerId)}</span>
            </Button>
          </li>
        ))}
      </ol>
      <Button
        id={ADD_ID}
        variant="secondary"
        className="mt-4"
        onPress={() => {
          update((d) => ({ ...d, workers: [...d.workers, emptyWorker()] }));
          focusLater(inputId(`workers.${draft.workers.length}.workerId`));
        }}
      >
        {text.add}
      </Button>
    </section>
  );
}
