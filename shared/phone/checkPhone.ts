import { phone as msg } from '../i18n/checks'

export type PhoneStatus = 'mobile' | 'landline' | 'invalid' | 'empty'

export interface PhoneCheck {
  status: PhoneStatus
  /** mobile or landline. */
  ok: boolean
  /** One Chinese sentence; never contains the number itself. */
  message: string
}

const MOBILE = /^1[3-9]\d{9}$/
const LANDLINE = /^0(?:[12]\d|[3-9]\d{2})-\d{7,8}(?:-\d{1,6})?$/
const LOCAL = /^\d{7,8}(?:-\d{1,6})?$/

/** Judges a number already passed through normalizePhone. */
export function checkPhone(p: string): PhoneCheck {
  if (typeof p !== 'string' || p === '') return { status: 'empty', ok: false, message: msg.empty }
  if (MOBILE.test(p)) return { status: 'mobile', ok: true, message: msg.mobile }
  if (LANDLINE.test(p)) return { status: 'landline', ok: true, message: msg.landline }
  // A county office knows its own area code; a bare local number is usable, with a hint.
  if (LOCAL.test(p) && !p.startsWith('0') && !p.startsWith('1')) {
    return { status: 'landline', ok: true, message: msg.landlineNoArea }
  }
  if (/^1\d{10}$/.test(p)) return { status: 'invalid', ok: false, message: msg.mobilePrefix }
  if (/^1\d*$/.test(p)) return { status: 'invalid', ok: false, message: msg.mobileLength(p.length) }
  return { status: 'invalid', ok: false, message: msg.invalid }
}
