import type { FormInstance } from 'antd'

/**
 * Validates a form; when fields are wrong, says how many and scrolls to the first one.
 * True when the form may be saved.
 */
export async function validateOrPoint(
  form: FormInstance,
  say: (count: number) => void,
): Promise<boolean> {
  try {
    await form.validateFields()
    return true
  } catch (e) {
    const failed = (e as { errorFields?: { name: (string | number)[] }[] }).errorFields ?? []
    if (failed.length) {
      say(failed.length)
      form.scrollToField(failed[0]!.name, { block: 'center', focus: true })
    }
    return false
  }
}
