import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatFingerprint } from '../../shared/packages/fingerprint'
import { office } from '../unit/packages/exchange-fixtures'
import { coreApi, expect, setUpAndSignIn, shotsDir, test } from './fixtures'
import { pdfDir, printToPdf } from './printPdf'

/**
 * 设置 → 上下级单位 in the web shell: a city registers its counties' key cards (one compared
 * with the fingerprint read out on the phone, one skipped), hands out its own card and prints
 * its 密钥登记表. The counties are data directories of their own, made through the core.
 */

const CITY = { code: '330600', name: '绍兴市委统战部' }
const LONG_NAME = '某某省某某市某某县委统战部新的社会阶层人士联谊会秘书处'

test.beforeAll(() => {
  mkdirSync(pdfDir, { recursive: true })
  mkdirSync(shotsDir, { recursive: true })
})

test('a city registers its counties, exports its card and prints its 密钥登记表', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000)
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-cards-'))
  const shengzhou = await office('330683', '嵊州市委统战部')
  const xinchang = await office('330624', '新昌县委统战部')
  try {
    const cards = []
    for (const county of [shengzhou, xinchang]) {
      const card = await county.ok('units.card', {})
      const file = join(dir, card.fileName)
      writeFileSync(file, card.signedText)
      cards.push({ file, fingerprint: card.fingerprint })
    }

    await setUpAndSignIn(page, app, CITY)
    await page.getByRole('menuitem', { name: '设置' }).click()
    await page.getByRole('tab', { name: '上下级单位' }).click()
    const tab = page.getByTestId('units-tab')
    await expect(tab.getByText('市级单位登记所辖县级单位的密钥卡。')).toBeVisible()

    // Export: the first card makes the keys; the file is the card, byte for byte.
    const download = page.waitForEvent('download')
    await tab.getByRole('button', { name: '导出本单位密钥卡' }).click()
    const saved = await download
    expect(saved.suggestedFilename()).toMatch(/^330600_绍兴市委统战部_密钥卡_\d{8}\.xlkey$/)
    const ownCard = JSON.parse(readFileSync(await saved.path(), 'utf8')) as { body: string }
    const ownFingerprint = (JSON.parse(ownCard.body) as { fingerprint: string }).fingerprint
    await expect(tab.getByTestId('fingerprint').first()).toHaveText(
      formatFingerprint(ownFingerprint).replace(/ /g, ''),
    )
    await page.screenshot({ path: join(shotsDir, 'units-self.png'), fullPage: true })

    // A county's card compared with the fingerprint read out on the phone: 已核验.
    await tab.getByRole('button', { name: '导入密钥卡' }).click()
    const dialog = page.getByRole('dialog', { name: '导入密钥卡' })
    await dialog.locator('input[type=file]').setInputFiles(cards[0]!.file)
    await expect(dialog.getByText('330683 嵊州市委统战部')).toBeVisible()
    await expect(dialog.getByRole('button', { name: '核验并登记' })).toBeDisabled()
    await dialog.getByLabel('对方报出的指纹').fill('1'.repeat(60))
    await expect(dialog.getByText('输入的指纹与卡上的不一致，请再核对一遍')).toBeVisible()
    await dialog.getByLabel('对方报出的指纹').fill(formatFingerprint(cards[0]!.fingerprint))
    await expect(dialog.getByRole('button', { name: '核验并登记' })).toBeEnabled()
    await page.screenshot({ path: join(shotsDir, 'units-import-dialog.png') })
    await dialog.getByRole('button', { name: '核验并登记' }).click()
    const lower = page.getByTestId('units-lower')
    await expect(lower.getByRole('row', { name: /330683/ }).getByText('已核验')).toBeVisible()

    // The second is skipped: 未核验, as a warning.
    await tab.getByRole('button', { name: '导入密钥卡' }).click()
    await dialog.locator('input[type=file]').setInputFiles(cards[1]!.file)
    await expect(dialog.getByText('330624 新昌县委统战部')).toBeVisible()
    await dialog.getByRole('button', { name: '暂不核验，登记为未核验' }).click()
    const xinchangRow = lower.getByRole('row', { name: /330624/ })
    await expect(xinchangRow.locator('.ant-tag-warning')).toHaveText('未核验')
    await lower.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(shotsDir, 'units-registered.png') })
    const api = await coreApi(app)
    const overview = await api('units.overview', {})
    expect(overview.lower.map((u) => [u.code, u.activeKey!.verification])).toEqual([
      ['330624', 'unverified'],
      ['330683', 'verified'],
    ])

    // Verified later, once the phone call is made.
    await xinchangRow.getByRole('button', { name: '核验指纹' }).click()
    const verify = page.getByRole('dialog', { name: /核验 330624/ })
    await verify.getByLabel('对方报出的指纹').fill(formatFingerprint(cards[1]!.fingerprint))
    await verify.getByRole('button', { name: '核验' }).click()
    await expect(xinchangRow.getByText('已核验')).toBeVisible()

    // The 密钥登记表 of a unit with a long name: the name wraps in its cell, the fingerprint
    // is printed whole in 3 rows of 4 groups.
    await api('units.rename', { name: LONG_NAME })
    await tab.getByRole('button', { name: '打印密钥登记表' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', {
      timeout: 30_000,
    })
    await expect(page.getByRole('button', { name: '另存为 PDF' })).toBeEnabled()
    await expect(page.getByRole('button', { name: /打印/ })).toBeEnabled()
    await page.screenshot({ path: join(shotsDir, 'units-print-preview.png') })
    const pdf = await printToPdf(page, 'units-key-registration')
    expect(pdf.pageCount).toBe(1)
    expect([pdf.width, pdf.height]).toEqual([595, 842])
    const text = pdf.pages.join('\n')
    const rows = text.split('\n').map((line) => line.trim().split(/\s+/))
    const groups = formatFingerprint(ownFingerprint).split(' ')
    for (let i = 0; i < 12; i += 4) expect(rows).toContainEqual(groups.slice(i, i + 4))
    expect(text.replace(/\s+/g, '')).toContain(LONG_NAME)
    expect(text).toContain('经办人签字')
    expect(text).toContain('负责人签字')
    expect(text).toContain('单位盖章')
    await expect(page.getByTestId('key-form-qr').locator('path')).toHaveAttribute('d', /^M/)
  } finally {
    shengzhou.cleanup()
    xinchang.cleanup()
    rmSync(dir, { recursive: true, force: true })
  }
})
