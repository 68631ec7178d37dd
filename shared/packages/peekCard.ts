import { keyCardBodySchema, signedFileSchema, type KeyCardBody } from './format'

/**
 * What a key card file says, read without checking its signature: for showing the unit and
 * fingerprint before registering (the core checks everything then) and for naming a refused
 * card in the audit log. Null when the file is not a key card at all.
 */
export function peekKeyCard(fileText: string): KeyCardBody | null {
  try {
    const file = signedFileSchema.parse(JSON.parse(fileText))
    return keyCardBodySchema.parse(JSON.parse(file.body))
  } catch {
    return null
  }
}
