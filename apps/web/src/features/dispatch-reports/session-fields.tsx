import { Button, CheckboxGroup, DatePicker, NumberField } from '@kakehashi/web-ui';
import { removeAt, replaceAt, type SessionDraft } from './dispatch-draft';
import { inputId } from './dispatch-input';
import { updateCourse, workerOptions, type CourseProps } from './course-update';
import { dispatchMessages } from './messages';

const text = dispatchMessages.session;

/** Hours with up to two decimals (1.5 = 1 hour 30 minutes). */
const HOURS_FORMAT: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };

/** A course's sessions: the day, the hours, and who attended (from the roster). */
export function SessionsFields({ form, sheetIndex, courseIndex }: CourseProps) {
  const course = form.draft.sheets[sheetIndex].courses[courseIndex];
  const at = `sheets.${sheetIndex}.courses.${courseIndex}`;
  const roster = workerOptions(form.draft);
  const setSessions = (change: (sessions: SessionDraft[]) => SessionDraft[]) =>
    updateCourse(form, sheetIndex, courseIndex, (c) => ({ ...c, sessions: change(c.sessions) }));
  const set = (index: number, change: Partial<SessionDraft>) =>
    setSessions((sessions) => replaceAt(sessions, index, (s) => ({ ...s, ...change })));
  return (
    <ol className="mt-4 flex flex-col gap-4">
      {course.sessions.map((session, index) => {
        const where = `${at}.sessions.${index}`;
        const n = index + 1;
        return (
          <li key={session.key} className="rounded-8 bg-solid-gray-50 p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h4 className="font-bold">{text.heading(n)}</h4>
              {course.sessions.length > 1 ? (
                <Button
                  variant="quiet"
                  onPress={() => {
                    setSessions((sessions) => removeAt(sessions, index));
                    form.focusLater(`dr-${at.replaceAll('.', '-')}-add-session`);
                  }}
                >
                  {dispatchMessages.remove}
                  <span className="sr-only">{text.remove(sheetIndex + 1, courseIndex + 1, n)}</span>
                </Button>
              ) : null}
            </div>
            <div className="mt-2 grid gap-4 md:grid-cols-2">
              <DatePicker
                id={inputId(`${where}.date`)}
                label={text.date(n)}
                value={session.date}
                onChange={(date) => set(index, { date })}
                errorMessage={form.errorAt(`${where}.date`)}
                isRequired
              />
              <NumberField
                id={inputId(`${where}.minutes`)}
                label={text.hours(n)}
                description={text.hoursHint}
                unit={text.unit}
                formatOptions={HOURS_FORMAT}
                value={session.hours}
                onChange={(hours) => set(index, { hours })}
                errorMessage={form.errorAt(`${where}.minutes`)}
                isRequired
              />
              <div className="md:col-span-2">
                <CheckboxGroup
                  id={inputId(`${where}.attendees`)}
                  label={text.attendees(n)}
                  options={roster}
                  value={session.attendees}
                  onChange={(attendees) => set(index, { attendees })}
                  errorMessage={form.errorAt(`${where}.attendees`)}
                />
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
