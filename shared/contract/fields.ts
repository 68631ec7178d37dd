import { z } from 'zod'
import { REGION_CODE_PATTERN } from '../units/regionCode'
import { ROLES } from './roles'

/** Field schemas reused across procedures; messages are picked by the i18n error map. */
export const usernameField = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/)
export const displayNameField = z.string().trim().min(1).max(40)
/** At least 10 characters with letters and digits: office PCs are shared. */
export const newPasswordField = z
  .string()
  .min(10)
  .max(128)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { message: 'password.weak' })
export const passwordField = z.string().min(1).max(128)
export const roleField = z.enum(ROLES)
export const regionCodeField = z.string().trim().regex(REGION_CODE_PATTERN)
export const unitNameField = z.string().trim().min(2).max(60)
export const idField = z.string().min(1).max(64)
export const pageField = z.number().int().min(1).max(100_000).default(1)
export const pageSizeField = z.number().int().min(1).max(500).default(50)
