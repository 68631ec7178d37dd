import { expect, type Page } from '@playwright/test'

/**
 * Clicks `button` in the confirm dialog titled `title` and waits for it to close. A click
 * landing while the confirm still zoomed in was lost twice in CI (the dialog stayed open for
 * minutes, in two different specs): as a user would, it clicks again once the dialog has
 * clearly not closed.
 */
export async function confirmDialog(page: Page, title: string, button: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title })
  const ok = dialog.getByRole('button', { name: button })
  await ok.click()
  await expect(dialog)
    .toBeHidden({ timeout: 5_000 })
    .catch(() => ok.click())
  await expect(dialog).toBeHidden()
}
