import { Button, Select } from '@kakehashi/web-ui';
import type { CodeOptions } from './course-update';
import { emptyCourse, emptySheet, removeAt, replaceAt, type CourseDraft } from './dispatch-draft';
import { inputId } from './dispatch-input';
import { CourseFields } from './course-fields';
import type { FormBinding } from './form-binding';
import { dispatchMessages } from './messages';

const text = dispatchMessages;
const ADD_SHEET_ID = 'dr-sheets-add';

/** ③ one sheet per employment category, each with its courses (rows イ–ホ and the annex). */
export function SheetsFields({ form, codes }: { form: FormBinding; codes: CodeOptions }) {
  const { draft, update, focusLater } = form;
  return (
    <section aria-labelledby="dr-sheets-heading" className="flex flex-col gap-4">
      <h2 id="dr-sheets-heading" className="text-xl font-bold">
        {text.sheets.heading}
      </h2>
      {draft.sheets.map((sheet, index) => (
        <SheetFields key={sheet.key} form={form} codes={codes} index={index} />
      ))}
      <div>
        <Button
          id={ADD_SHEET_ID}
          variant="secondary"
          onPress={() => {
            update((d) => ({ ...d, sheets: [...d.sheets, emptySheet()] }));
            focusLater(inputId(`sheets.${draft.sheets.length}.category`));
          }}
        >
          {text.sheets.add}
        </Button>
      </div>
    </section>
  );
}

function SheetFields({ form, codes, index }: { form: FormBinding; codes: CodeOptions; index: number }) {
  const { draft, update, errorAt, focusLater } = form;
  const sheet = draft.sheets[index];
  const at = `sheets.${index}`;
  const addCourseId = `dr-${at.replace('.', '-')}-add-course`;
  const setCourses = (change: (courses: CourseDraft[]) => CourseDraft[]) =>
    update((d) => ({
      ...d,
      sheets: replaceAt(d.sheets, index, (s) => ({ ...s, courses: change(s.courses) })),
    }));
  const headingId = `dr-sheet-${sheet.key}`;
  return (
    <section aria-labelledby={headingId} className="rounded-16 bg-white p-6 shadow-sm">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-lg font-bold">
          {text.sheets.sheet(index + 1)}
        </h3>
        {draft.sheets.length > 1 ? (
          <Button
            variant="quiet"
            onPress={() => {
              update((d) => ({ ...d, sheets: removeAt(d.sheets, index) }));
              focusLater(ADD_SHEET_ID);
            }}
          >
            {text.remove}
            <span className="sr-only">{text.sheets.remove(index + 1)}</span>
          </Button>
        ) : null}
      </div>
      <div className="max-w-md">
        <Select
          id={inputId(`${at}.category`)}
          label={text.sheets.category}
          options={codes.categories}
          value={sheet.category}
          onChange={(value) =>
            update((d) => ({ ...d, sheets: replaceAt(d.sheets, index, (s) => ({ ...s, category: value })) }))
          }
          errorMessage={errorAt(`${at}.category`)}
          isRequired
        />
      </div>
      <div className="mt-6 flex flex-col gap-6">
        {sheet.courses.map((course, courseIndex) => (
          <CourseFields
            key={course.key}
            form={form}
            codes={codes}
            sheetIndex={index}
            courseIndex={courseIndex}
            onRemove={
              sheet.courses.length > 1
                ? () => {
                    setCourses((courses) => removeAt(courses, courseIndex));
                    focusLater(addCourseId);
                  }
                : undefined
            }
          />
        ))}
      </div>
      <Button
        id={addCourseId}
        variant="secondary"
        className="mt-4"
        onPress={() => {
          setCourses((courses) => [...courses, emptyCourse()]);
          focusLater(inputId(`${at}.courses.${sheet.courses.length}.name`));
        }}
      >
        {text.course.add}
        <span className="sr-only">{text.course.addWhere(index + 1)}</span>
      </Button>
    </section>
  );
}
