import { z } from 'zod'
import { procedure } from './procedure'
import {
  displayNameField,
  newPasswordField,
  regionCodeField,
  unitNameField,
  usernameField,
} from './fields'
import type { SessionInfo } from './system'

export const setupInitInput = z.strictObject({
  unit: z.strictObject({ code: regionCodeField, name: unitNameField }),
  admin: z.strictObject({
    username: usernameField,
    displayName: displayNameField,
    password: newPasswordField,
  }),
})
export type SetupInitInput = z.input<typeof setupInitInput>

export const setupContract = {
  /** First run only: creates this installation's unit and its first administrator. */
  'setup.init': procedure<SessionInfo>()({
    input: setupInitInput,
    access: 'public',
    audited: true,
  }),
}
