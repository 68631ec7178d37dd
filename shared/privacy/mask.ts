/** `330621198503121234` → `3306**********1234`; 15-digit numbers keep 4 + 4 as well. */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length)
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`
}

/** `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length)
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`
}

/**
 * Masks anything in free text that looks like an ID number or a mobile number. A last line
 * of defence for logs and audit details: callers should not pass such values at all.
 */
export function maskSensitiveText(text: string): string {
  return text
    .replace(/(?<![0-9])\d{17}[\dXx](?![0-9])|(?<![0-9])\d{15}(?![0-9])/g, (m) => maskIdNumber(m))
    .replace(/(?<![0-9])1[3-9]\d{9}(?![0-9])/g, (m) => maskPhone(m))
}
