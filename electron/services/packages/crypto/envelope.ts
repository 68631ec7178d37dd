import {
  createCipheriv,
  createDecipheriv,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from 'node:crypto'
import type { SignedCheckpoint } from '../../../../shared/audit/checkpoint'
import { ALGORITHMS } from '../../../../shared/packages/format'
import { privateKeyObject, publicKeyObject } from './keys'

/**
 * Sign, then encrypt: the signed zip sealed to the receiver's X25519 key. Ephemeral X25519 →
 * HKDF-SHA256 → AES-256-GCM. Layout: MAGIC, header length (u32 BE), header JSON, ciphertext,
 * 16-byte tag. The header is the GCM's associated data, so every byte of the file is
 * authenticated: a flipped, cut or appended byte fails the tag.
 */
export const ENVELOPE_MAGIC = Buffer.from('XLPKGENC', 'ascii')
const TAG_BYTES = 16
const MAX_HEADER_BYTES = 4096
const HKDF_INFO = Buffer.from('xinlian-package-v1', 'ascii')

export interface EnvelopeHeader {
  version: 1
  alg: typeof ALGORITHMS.encryption
  to: { code: string; keyFingerprint: string }
  ephemeral: string
  nonce: string
  /**
   * The sender's audit checkpoint in clear (it is signed on its own), so that the sender's
   * copy of a sealed package still proves where its audit log stood.
   */
  checkpoint?: SignedCheckpoint
}

function derive(shared: Buffer, ephemeral: string, recipient: string): Buffer {
  const salt = Buffer.concat([Buffer.from(ephemeral, 'base64'), Buffer.from(recipient, 'base64')])
  return Buffer.from(hkdfSync('sha256', shared, salt, HKDF_INFO, 32))
}

export function seal(
  plain: Buffer,
  to: {
    code: string
    keyFingerprint: string
    boxPublic: string
    checkpoint?: SignedCheckpoint | null
  },
): Buffer {
  const eph = generateKeyPairSync('x25519')
  const ephemeral = Buffer.from(eph.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString(
    'base64',
  )
  const shared = diffieHellman({
    privateKey: eph.privateKey,
    publicKey: publicKeyObject('x25519', to.boxPublic),
  })
  const key = derive(shared, ephemeral, to.boxPublic)
  const nonce = randomBytes(12)
  const header: EnvelopeHeader = {
    version: 1,
    alg: ALGORITHMS.encryption,
    to: { code: to.code, keyFingerprint: to.keyFingerprint },
    ephemeral,
    nonce: nonce.toString('base64'),
    ...(to.checkpoint ? { checkpoint: to.checkpoint } : {}),
  }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(headerBytes.length)
  const aad = Buffer.concat([ENVELOPE_MAGIC, length, headerBytes])
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  cipher.setAAD(aad)
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  return Buffer.concat([aad, body, cipher.getAuthTag()])
}

export function isEnvelope(file: Buffer): boolean {
  return file.length >= ENVELOPE_MAGIC.length && file.subarray(0, 8).equals(ENVELOPE_MAGIC)
}

export class EnvelopeError extends Error {
  constructor(readonly kind: 'damaged' | 'notForKey') {
    super(kind)
  }
}

/** The header, unauthenticated until open() succeeds: only for choosing the key. */
export function readEnvelopeHeader(file: Buffer): { header: EnvelopeHeader; aadEnd: number } {
  if (file.length < 12 + TAG_BYTES) throw new EnvelopeError('damaged')
  const length = file.readUInt32BE(8)
  if (length > MAX_HEADER_BYTES || 12 + length + TAG_BYTES > file.length) {
    throw new EnvelopeError('damaged')
  }
  let header: EnvelopeHeader
  try {
    header = JSON.parse(file.toString('utf8', 12, 12 + length)) as EnvelopeHeader
  } catch {
    throw new EnvelopeError('damaged')
  }
  if (
    !header ||
    header.version !== 1 ||
    header.alg !== ALGORITHMS.encryption ||
    typeof header.to?.code !== 'string' ||
    typeof header.to.keyFingerprint !== 'string' ||
    typeof header.ephemeral !== 'string' ||
    typeof header.nonce !== 'string'
  ) {
    throw new EnvelopeError('damaged')
  }
  return { header, aadEnd: 12 + length }
}

/** The plain zip, only once the tag has been checked (GCM hands out bytes before that). */
export function open(
  file: Buffer,
  own: { boxPublic: string; boxPrivate: string },
  header: EnvelopeHeader,
  aadEnd: number,
): Buffer {
  try {
    const nonce = Buffer.from(header.nonce, 'base64')
    if (nonce.length !== 12) throw new EnvelopeError('damaged')
    const shared = diffieHellman({
      privateKey: privateKeyObject(own.boxPrivate),
      publicKey: publicKeyObject('x25519', header.ephemeral),
    })
    const key = derive(shared, header.ephemeral, own.boxPublic)
    const decipher = createDecipheriv('aes-256-gcm', key, nonce)
    decipher.setAAD(file.subarray(0, aadEnd))
    decipher.setAuthTag(file.subarray(file.length - TAG_BYTES))
    const out = Buffer.concat([
      decipher.update(file.subarray(aadEnd, file.length - TAG_BYTES)),
      decipher.final(),
    ])
    return out
  } catch {
    throw new EnvelopeError('damaged')
  }
}
