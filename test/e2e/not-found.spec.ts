import { join } from 'node:path'
import { completeSetup, expect, shotsDir, test } from './fixtures'

// A link to a record deleted since (an old bookmark, a stale list) must say so once, plainly,
// with the way back — not a spinner for ever, nor a page plus error toasts.
test('a record that is not there: one plain 404 page with the way back, no error toasts', async ({
  page,
  app,
}) => {
  await completeSetup(page, app)
  const missing = '0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee'
  for (const [hash, back] of [
    [`#/activities/${missing}`, '返回活动列表'],
    [`#/organizations/${missing}`, '返回组织列表'],
    [`#/persons/${missing}`, '返回'],
  ] as const) {
    await page.evaluate((h) => (window.location.hash = h), hash)
    await expect(page.locator('.ant-result-404')).toBeVisible()
    // The page's other requests fail too, a moment later: none of them may add a toast.
    await page.waitForTimeout(800)
    await expect(page.locator('.ant-message-notice')).toHaveCount(0)
    await page.screenshot({ path: join(shotsDir, `not-found-${hash.split('/')[1]}.png`) })
    await expect(page.getByRole('button', { name: back })).toBeVisible()
  }
})
