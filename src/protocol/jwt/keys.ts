/**
 * Turning what a learner pastes into verification keys: a JWK (RFC 7517 §4), a JWK Set
 * (RFC 7517 §5), a PEM public key (SPKI, RFC 7468 §13) or X.509 certificate, or an HMAC secret
 * (RFC 7518 §3.2). Everything becomes a list of public JWKs, so selection and checks are one code path.
 */
import { exportJWK, importSPKI, importX509, type JWK } from 'jose'
import { scanJson } from './json-scan'
import { describeKey, publicPart } from './key-fit'
import { encodeSegment } from './segment-codec'

export type KeySource = 'lab' | 'jwks' | 'jwk' | 'pem' | 'certificate' | 'secret'

export interface VerificationKeys {
  source: KeySource
  /** A set: the token's kid picks the key (RFC 7515 §4.1.4). A single key is used as given. */
  isSet: boolean
  keys: JWK[]
  /** "a JWK Set with 2 keys: an EC key on curve P-256 (kid a), an RSA key (kid b)". */
  description: string
  warnings: string[]
}

export type KeyParse = { ok: true; keys: VerificationKeys } | { ok: false; message: string }

/** Keys from a JWK Set document; `source` is 'lab' for the lab authorization server's /jwks. */
export function keysFromJwks(jwks: unknown, source: 'lab' | 'jwks' = 'jwks'): KeyParse {
  const keys = (jwks as { keys?: unknown } | null)?.keys
  if (
    !Array.isArray(keys) ||
    !keys.every(
      (key) => key !== null && typeof key === 'object' && typeof (key as JWK).kty === 'string',
    )
  ) {
    return {
      ok: false,
      message:
        'This JSON has a "keys" member, but a JWK Set\'s "keys" is an array of JWKs, each with a "kty" (RFC 7517 §5).',
    }
  }
  const warnings: string[] = []
  const publicKeys = (keys as JWK[]).map((key) => {
    const part = publicPart(key)
    if (part.hadPrivate)
      warnings.push(
        `The key ${key.kid ? `with kid ${key.kid} ` : ''}holds private members; only its public part is used. Never share private keys.`,
      )
    return part.jwk
  })
  const owner = source === 'lab' ? "the lab authorization server's JWK Set" : 'a JWK Set'
  const description = `${owner} with ${publicKeys.length} ${publicKeys.length === 1 ? 'key' : 'keys'}${publicKeys.length ? `: ${publicKeys.map(describeKey).join(', ')}` : ''}`
  return { ok: true, keys: { source, isSet: true, keys: publicKeys, description, warnings } }
}

/** Reads pasted key text: JSON (JWK or JWK Set), PEM (public key or certificate), else an HMAC secret. */
export async function parseKeyText(text: string): Promise<KeyParse> {
  const trimmed = text.trim()
  if (trimmed === '')
    return {
      ok: false,
      message: 'No key given: paste a JWK, a JWK Set, a PEM public key or an HMAC secret.',
    }
  if (trimmed.startsWith('{')) return parseJsonKey(trimmed)
  if (trimmed.startsWith('-----BEGIN')) return parsePem(trimmed)
  const bytes = new TextEncoder().encode(text)
  const warnings =
    bytes.length < 32
      ? [
          `The secret is ${bytes.length} bytes; HS256 needs at least 32 (HS384 48, HS512 64), and a short secret can be guessed offline from any token it signed (RFC 7518 §3.2).`,
        ]
      : []
  return {
    ok: true,
    keys: {
      source: 'secret',
      isSet: false,
      keys: [{ kty: 'oct', k: encodeSegment(bytes) }],
      description: `an HMAC secret of ${bytes.length} bytes (its UTF-8 text, as typed)`,
      warnings,
    },
  }
}

function parseJsonKey(text: string): KeyParse {
  const scan = scanJson(text)
  if (!scan.ok)
    return {
      ok: false,
      message: `The key looks like JSON but is not, at position ${scan.position}: ${scan.message}.`,
    }
  const value = scan.value as Record<string, unknown>
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'The key must be a JSON object: a JWK or a JWK Set.' }
  }
  if ('keys' in value) return keysFromJwks(value, 'jwks')
  if (typeof value.kty !== 'string') {
    return {
      ok: false,
      message:
        'This JSON is neither a JWK (it has no "kty", RFC 7517 §4.1) nor a JWK Set (it has no "keys" array, RFC 7517 §5).',
    }
  }
  const { jwk, hadPrivate } = publicPart(value as JWK)
  const warnings = hadPrivate
    ? [
        'This JWK holds a private key; only its public part is used. Never paste a private key into any web page.',
      ]
    : []
  return {
    ok: true,
    keys: {
      source: 'jwk',
      isSet: false,
      keys: [jwk],
      description: `a JWK: ${describeKey(jwk)}`,
      warnings,
    },
  }
}

/** One representative algorithm per key type: importing under each finds which type a PEM holds. */
const PROBE_ALGS = ['RS256', 'ES256', 'ES384', 'ES512', 'EdDSA']

async function parsePem(pem: string): Promise<KeyParse> {
  const label = /^-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1] ?? ''
  if (label.includes('PRIVATE')) {
    return {
      ok: false,
      message: `That is a private key (${label}): verifying needs the public key only. Never paste a private key into any web page.`,
    }
  }
  if (label === 'RSA PUBLIC KEY') {
    return {
      ok: false,
      message:
        'That is a PKCS#1 RSA key ("BEGIN RSA PUBLIC KEY"); paste it as SPKI ("BEGIN PUBLIC KEY"), e.g. openssl rsa -RSAPublicKey_in -in key.pem -pubout.',
    }
  }
  if (label !== 'PUBLIC KEY' && label !== 'CERTIFICATE') {
    return {
      ok: false,
      message: `A PEM block labelled "${label}" is not a key the inspector reads; paste "BEGIN PUBLIC KEY" (SPKI) or "BEGIN CERTIFICATE".`,
    }
  }
  const certificate = label === 'CERTIFICATE'
  for (const alg of PROBE_ALGS) {
    try {
      const key = certificate
        ? await importX509(pem, alg, { extractable: true })
        : await importSPKI(pem, alg, { extractable: true })
      const jwk = await exportJWK(key)
      return {
        ok: true,
        keys: {
          source: certificate ? 'certificate' : 'pem',
          isSet: false,
          keys: [jwk],
          description: `a PEM ${certificate ? 'certificate' : 'public key'}: ${describeKey(jwk)}`,
          warnings: [],
        },
      }
    } catch {
      // Not this key type; try the next.
    }
  }
  return {
    ok: false,
    message: `The PEM ${certificate ? 'certificate' : 'public key'} could not be read: its base64 body is damaged, or it holds a key type JOSE does not use.`,
  }
}
