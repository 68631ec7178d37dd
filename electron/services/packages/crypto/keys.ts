import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto'
import { FINGERPRINT_DIGITS } from '../../../../shared/packages/fingerprint'

/**
 * A unit's two key pairs: Ed25519 signs, X25519 receives encrypted packages. Public halves
 * travel as raw 32 bytes in base64 (what a key card prints); private halves stay in the
 * database as PKCS#8 DER in base64.
 */
export interface UnitKeyPair {
  signPublic: string
  signPrivate: string
  boxPublic: string
  boxPrivate: string
  fingerprint: string
}

const b64url = (b64: string) => Buffer.from(b64, 'base64').toString('base64url')

function rawPublic(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' })
  return Buffer.from(jwk.x!, 'base64url').toString('base64')
}

export function generateUnitKeys(): UnitKeyPair {
  const signing = generateKeyPairSync('ed25519')
  const box = generateKeyPairSync('x25519')
  const signPublic = rawPublic(signing.publicKey)
  const boxPublic = rawPublic(box.publicKey)
  return {
    signPublic,
    boxPublic,
    signPrivate: signing.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    boxPrivate: box.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    fingerprint: keyFingerprint(signPublic, boxPublic),
  }
}

/**
 * SHA-256 of both public keys as 60 decimal digits: the hash read as one number, reduced to
 * 60 digits (bias below 2^-56, nothing a forger can use).
 */
export function keyFingerprint(signPublic: string, boxPublic: string): string {
  const digest = createHash('sha256')
    .update(Buffer.from(signPublic, 'base64'))
    .update(Buffer.from(boxPublic, 'base64'))
    .digest('hex')
  const n = BigInt(`0x${digest}`) % 10n ** BigInt(FINGERPRINT_DIGITS)
  return n.toString().padStart(FINGERPRINT_DIGITS, '0')
}

export function publicKeyObject(kind: 'ed25519' | 'x25519', raw: string): KeyObject {
  const bytes = Buffer.from(raw, 'base64')
  if (bytes.length !== 32) throw new Error('public key must be 32 bytes')
  return createPublicKey({
    key: { kty: 'OKP', crv: kind === 'ed25519' ? 'Ed25519' : 'X25519', x: b64url(raw) },
    format: 'jwk',
  })
}

export function privateKeyObject(der: string): KeyObject {
  return createPrivateKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'pkcs8' })
}

export function signBytes(privateDer: string, data: Uint8Array): string {
  return sign(null, data, privateKeyObject(privateDer)).toString('base64')
}

/** False for anything malformed as well as for a wrong signature. */
export function verifyBytes(signPublic: string, data: Uint8Array, signature: string): boolean {
  try {
    const sig = Buffer.from(signature, 'base64')
    if (sig.length !== 64 || sig.toString('base64') !== signature) return false
    return verify(null, data, publicKeyObject('ed25519', signPublic), sig)
  } catch {
    return false
  }
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}
