import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { t } from '../../shared/i18n'
import { idCheckDigit } from '../../shared/idcard/idCheckDigit'
import { App } from '../../renderer/src/app/App'
import { fail } from './fakeTransport'
import { personDetail, personsCore } from './personsFixtures'

const label = t.persons.fieldLabels
const ui = t.personsUi.form
const formItemOf = (el: HTMLElement) => el.closest('.ant-form-item') as HTMLElement
const validId = (first17: string) => `${first17}${idCheckDigit(first17)}`
const saveButton = () => screen.getByRole('button', { name: new RegExp(`^save ${ui.save}$`) })

describe('人员登记表', () => {
  it('names 身份证号 in its message, fills birth date and sex from a valid number, and puts the core’s field errors on their fields', async () => {
    const core = personsCore([], {
      hash: '#/persons/new',
      more: {
        'persons.checkDuplicate': () => [],
        'persons.create': () =>
          fail('BAD_INPUT', '「手机」号码有误；「乡镇（街道）」不在字典中', [
            { path: 'phone', message: '「手机」号码有误（来自核心）' },
            {
              path: 'township',
              message: t.persons.messages.notInDictionary(label.township, '东城'),
            },
          ]),
      },
    })
    const user = userEvent.setup()
    render(<App />)

    await user.type(await screen.findByLabelText(label.name), '张三')
    const id = screen.getByLabelText(label.idNumber)
    await user.click(id)
    await user.paste('330621198503121235')
    await user.tab()
    expect(await within(formItemOf(id)).findByText(t.checks.idCard.badCheck)).toBeTruthy()
    expect(t.checks.idCard.badCheck).toContain(label.idNumber)

    // Nothing goes to the core while a field is wrong.
    await user.click(saveButton())
    expect(await screen.findByText(t.common.fixErrors(1))).toBeTruthy()
    expect(core.callsOf('persons.create')).toHaveLength(0)

    await user.clear(id)
    await user.paste(validId('33062119850312123'))
    await user.tab()
    await waitFor(() =>
      expect(within(formItemOf(id)).queryByText(t.checks.idCard.badCheck)).toBeNull(),
    )
    expect(screen.getByLabelText<HTMLInputElement>(label.birthDate).value).toBe('1985-03-12')
    expect(screen.getByText(ui.idDerived('1985-03-12', '男'))).toBeTruthy()

    await user.click(screen.getByLabelText(label.phone))
    await user.paste('13812345678')
    // Enter in a box does not submit the form; Ctrl+S does.
    await user.keyboard('{Enter}')
    expect(core.callsOf('persons.create')).toHaveLength(0)
    await user.keyboard('{Control>}s{/Control}')

    const phone = screen.getByLabelText(label.phone)
    expect(await within(formItemOf(phone)).findByText('「手机」号码有误（来自核心）')).toBeTruthy()
    const township = screen.getByLabelText(label.township)
    expect(
      within(formItemOf(township)).getByText(
        t.persons.messages.notInDictionary(label.township, '东城'),
      ),
    ).toBeTruthy()
    expect(core.callsOf('persons.create')).toEqual([
      expect.objectContaining({
        name: '张三',
        idNumber: validId('33062119850312123'),
        birthDate: '1985-03-12',
        sex: '1',
        phone: '13812345678',
        status: '1',
      }),
    ])
    expect(window.location.hash).toBe('#/persons/new')
  })

  it('warns of a person with the same ID number in the recycle bin and offers to restore them', async () => {
    const idNumber = validId('33062119850312123')
    const core = personsCore([], {
      hash: '#/persons/new',
      more: {
        'persons.checkDuplicate': (input) =>
          input.idNumber === idNumber
            ? [
                {
                  id: 'p-9',
                  name: '张三',
                  birthDate: '1985-03-12',
                  idNumber: '3306**********1234',
                  employer: '华达机械有限公司',
                  reason: 'idNumber',
                  deleted: true,
                },
              ]
            : [],
        'persons.restore': ({ id }) => personDetail({ id }),
        'persons.get': ({ id }) => personDetail({ id }),
        'persons.history': () => [],
      },
    })
    const user = userEvent.setup()
    render(<App />)
    await user.type(await screen.findByLabelText(label.name), '张三')
    await user.click(screen.getByLabelText(label.idNumber))
    await user.paste(idNumber)

    const alert = await screen.findByTestId('duplicate-alert')
    expect(within(alert).getByText(ui.duplicateInBin)).toBeTruthy()
    expect(within(alert).getByText(ui.duplicateReason.idNumber!)).toBeTruthy()
    await user.click(within(alert).getByRole('button', { name: new RegExp(ui.duplicateRestore) }))
    const confirm = await screen.findByRole('dialog', { name: ui.confirmRestoreTitle('张三') })
    await user.click(within(confirm).getByRole('button', { name: ui.duplicateRestore }))

    await waitFor(() => expect(core.callsOf('persons.restore')).toEqual([{ id: 'p-9' }]))
    // Restoring leaves the half-filled form on purpose: no 未保存 question in between.
    await waitFor(() => expect(window.location.hash).toBe('#/persons/p-9'))
    expect(await screen.findByRole('heading', { name: /张三/ })).toBeTruthy()
    expect(screen.queryByText(ui.leaveTitle)).toBeNull()
  })

  it('asks before leaving a form with unsaved input, and stays when told to', async () => {
    personsCore([], { hash: '#/persons/new', more: { 'persons.checkDuplicate': () => [] } })
    const user = userEvent.setup()
    render(<App />)
    await user.type(await screen.findByLabelText(label.employer), '华达机械')
    window.location.hash = '#/dashboard'

    const confirm = await screen.findByRole('dialog', { name: ui.leaveTitle })
    await user.click(within(confirm).getByRole('button', { name: ui.stay }))
    expect(window.location.hash).toBe('#/persons/new')
    expect(screen.getByLabelText<HTMLInputElement>(label.employer).value).toBe('华达机械')
  })

  it('sends only what changed when editing, never the masked ID number', async () => {
    const core = personsCore([], {
      hash: '#/persons/p-1/edit',
      more: {
        'persons.get': () => personDetail(),
        'persons.history': () => [],
        'persons.checkDuplicate': () => [],
        'persons.update': (input) => ({
          person: personDetail({ jobTitle: input.jobTitle ?? null }),
          warnings: [],
        }),
      },
    })
    const user = userEvent.setup()
    render(<App />)
    const job = await screen.findByLabelText(label.jobTitle)
    expect(screen.getByLabelText<HTMLInputElement>(label.idNumber).value).toBe('3306**********1234')
    await user.clear(job)
    await user.type(job, '董事长')
    await user.click(saveButton())

    await waitFor(() =>
      expect(core.callsOf('persons.update')).toEqual([
        { id: 'p-1', version: 'hlc-1', jobTitle: '董事长' },
      ]),
    )
    await waitFor(() => expect(window.location.hash).toBe('#/persons/p-1'))
  })
})
