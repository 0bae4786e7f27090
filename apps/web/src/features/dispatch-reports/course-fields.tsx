import { Button, CheckboxGroup, NumberField, Select, TextField } from '@kakehashi/web-ui';
import { emptySession, type CourseDraft } from './dispatch-draft';
import { updateCourse, workerOptions, type CourseProps } from './course-update';
import { inputId } from './dispatch-input';
import { dispatchMessages } from './messages';
import { SessionsFields } from './session-fields';

const text = dispatchMessages.course;

/** One course (a row イ–ホ): what it is, whom it targets, its three codes, the deemed-competent and its sessions. */
export function CourseFields({ onRemove, ...props }: CourseProps & { onRemove?: () => void }) {
  const { form, codes, sheetIndex, courseIndex } = props;
  const course = form.draft.sheets[sheetIndex].courses[courseIndex];
  const at = `sheets.${sheetIndex}.courses.${courseIndex}`;
  const set = (change: Partial<CourseDraft>) =>
    updateCourse(form, sheetIndex, courseIndex, (c) => ({ ...c, ...change }));
  const bind = (field: string) => ({
    id: inputId(`${at}.${field}`),
    errorMessage: form.errorAt(`${at}.${field}`),
  });
  const roster = workerOptions(form.draft);
  return (
    <fieldset className="min-w-0 rounded-8 border border-solid-gray-300 p-4">
      <legend className="px-1 text-lg font-bold [word-break:auto-phrase]">
        {text.heading(sheetIndex + 1, courseIndex + 1, course.name.trim())}
      </legend>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <TextField
            {...bind('name')}
            label={text.name}
            description={text.nameHint}
            value={course.name}
            onChange={(name) => set({ name })}
            isRequired
          />
        </div>
        <NumberField
          {...bind('targetKinds')}
          label={text.kind1}
          value={course.kind1}
          onChange={(kind1) => set({ kind1 })}
          isRequired
        />
        <NumberField
          {...bind('targetKinds.1')}
          label={text.kind2}
          value={course.kind2}
          onChange={(kind2) => set({ kind2 })}
        />
        <NumberField
          {...bind('targetWorkers')}
          label={text.targetWorkers}
          description={text.targetWorkersHint}
          unit={text.people}
          value={course.targetWorkers}
          onChange={(targetWorkers) => set({ targetWorkers })}
          isRequired
        />
        <Select
          {...bind('method')}
          label={text.method}
          options={codes.methods}
          value={course.method}
          onChange={(method) => set({ method })}
          isRequired
        />
        <Select
          {...bind('cost')}
          label={text.cost}
          options={codes.costs}
          value={course.cost}
          onChange={(cost) => set({ cost })}
          isRequired
        />
        <Select
          {...bind('wage')}
          label={text.wage}
          options={codes.wages}
          value={course.wage}
          onChange={(wage) => set({ wage })}
          isRequired
        />
        <div className="md:col-span-2">
          {roster.length ? (
            <CheckboxGroup
              {...bind('deemedCompetent')}
              label={text.deemed}
              description={text.deemedHint}
              options={roster}
              value={course.deemed}
              onChange={(deemed) => set({ deemed })}
            />
          ) : (
            <p>{text.noWorkers}</p>
          )}
        </div>
      </div>
      <SessionsFields {...props} />
      <div className="mt-4 flex flex-wrap gap-2">
        <Button
          id={`dr-${at.replaceAll('.', '-')}-add-session`}
          variant="secondary"
          onPress={() => {
            updateCourse(form, sheetIndex, courseIndex, (c) => ({
              ...c,
              sessions: [...c.sessions, emptySession()],
            }));
            form.focusLater(inputId(`${at}.sessions.${course.sessions.length}.date`));
          }}
        >
          {dispatchMessages.session.add}
          <span className="sr-only">
            {dispatchMessages.session.addWhere(sheetIndex + 1, courseIndex + 1)}
          </span>
        </Button>
        {onRemove ? (
          <Button variant="quiet" onPress={onRemove}>
            {dispatchMessages.remove}
            <span className="sr-only">{text.remove(sheetIndex + 1, courseIndex + 1)}</span>
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
