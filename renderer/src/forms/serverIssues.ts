import type { FormInstance } from 'antd'
import { ApiCallError } from '../api/client'
import { t } from '../../../shared/i18n'

/**
 * Puts the core's field errors (`admin.password` → the admin password box) on the fields
 * of `form`, and returns what is left to say above the form, or null when every problem
 * sits on a field.
 */
export function showServerIssues(form: FormInstance, error: unknown): string | null {
  if (!(error instanceof ApiCallError)) return t.errors.INTERNAL
  const known = new Set(form.getFieldsError().map((f) => f.name.join('.')))
  const onFields = (error.issues ?? []).filter((i) => known.has(i.path))
  if (onFields.length) {
    form.setFields(
      onFields.map((i) => ({
        name: i.path.split('.'),
        errors: onFields.filter((j) => j.path === i.path).map((j) => j.message),
      })),
    )
  }
  const rest = (error.issues ?? []).filter((i) => !known.has(i.path))
  if (rest.length) return rest.map((i) => i.message).join('；')
  if (onFields.length) return null
  return errorText(error)
}

/**
 * A save the core refused, on a long form: its issues put on their fields and one message —
 * how many fields to mend, or why when no field is at fault. Answers what belongs to no
 * field (for the page's banner) and the fields now wrong, in form order.
 */
export function sayRefusal(
  form: FormInstance,
  error: unknown,
  say: (text: string) => void,
): { rest: string | null; wrong: (string | number)[][] } {
  const rest = showServerIssues(form, error)
  const wrong = form
    .getFieldsError()
    .filter((f) => f.errors.length)
    .map((f) => f.name)
  say(wrong.length ? t.common.fixErrors(wrong.length) : (rest ?? errorText(error)))
  return { rest, wrong }
}

/** The core's message, or the catalogue's for the code when the core sent none. */
export function errorText(error: unknown): string {
  if (error instanceof ApiCallError) return error.message || t.errors[error.code]
  return t.errors.INTERNAL
}

/**
 * errorText, except that a plain Error the page threw itself (a file too large to send)
 * already holds its Chinese sentence.
 */
export function fileErrorText(error: unknown): string {
  return error instanceof Error && !('code' in error) ? error.message : errorText(error)
}
