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

/** Input fed to GCM at a time: its output is copied into place, never a whole copy aside. */
const GCM_PIECE = 16 << 20

/**
 * `input` run through the cipher into `out` at `at`, a piece at a time. GCM's output is as
 * long as its input, so the whole result is allocated once: update() on the whole of a
 * province's package (~140 MB) and the joins after it made three more copies of it.
 */
function gcmInto(
  cipher: { update(data: Uint8Array): Buffer },
  input: Uint8Array,
  out: Buffer,
  at: number,
): void {
  for (let from = 0; from < input.length; from += GCM_PIECE) {
    const slice = input.subarray(from, from + GCM_PIECE)
    const piece = cipher.update(slice)
    if (piece.length !== slice.length) throw new Error('GCM output out of step with its input')
    out.set(piece, at + from)
  }
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
  const out = Buffer.allocUnsafe(aad.length + plain.length + TAG_BYTES)
  aad.copy(out, 0)
  gcmInto(cipher, plain, out, aad.length)
  cipher.final()
  cipher.getAuthTag().copy(out, aad.length + plain.length)
  return out
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

/**
 * The plain zip, only once the tag has been checked (GCM hands out bytes before that).
 * `inPlace`: the caller gives the file up — its bytes are decrypted where they lie and the zip
 * is a view of the file (a province's package is ~140 MB: the file and a copy of it were held
 * at once). A file that fails the tag is then left holding unauthenticated bytes, never
 * handed out: the EnvelopeError is all the caller gets.
 */
export function open(
  file: Buffer,
  own: { boxPublic: string; boxPrivate: string },
  header: EnvelopeHeader,
  aadEnd: number,
  opts: { inPlace: boolean } = { inPlace: false },
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
    const body = file.subarray(aadEnd, file.length - TAG_BYTES)
    // In place, each piece is written over the ciphertext it came from, already read.
    const out = opts.inPlace ? body : Buffer.allocUnsafe(body.length)
    gcmInto(decipher, body, out, 0)
    // The tag is checked here: before it, `out` is unauthenticated and never handed out.
    decipher.final()
    return out
  } catch {
    throw new EnvelopeError('damaged')
  }
}
