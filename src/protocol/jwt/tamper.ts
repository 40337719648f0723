/**
 * Tampering with a token to see why signatures matter: change the payload but keep the old
 * signature (RFC 7515 §5.2 then fails), or sign it with a key of one's own (the issuer's JWK Set
 * does not know it, RFC 7517 §5, OIDC Core §10.1.1).
 */
import {
  calculateJwkThumbprint,
  CompactSign,
  exportJWK,
  generateKeyPair,
  type CryptoKey,
  type JWK,
} from 'jose'
import { scanJson } from './json-scan'
import { jsonKind } from './json-segment'
import { encodeTextSegment } from './segment-codec'

export type Reencode = { ok: true; token: string } | { ok: false; message: string }

/** Reads an edited header or payload: it must be a JSON object; compacted for encoding. */
export function readEditedJson(
  label: 'Header' | 'Payload',
  text: string,
): { ok: true; compact: string; value: Record<string, unknown> } | { ok: false; message: string } {
  const scan = scanJson(text)
  if (!scan.ok)
    return {
      ok: false,
      message: `${label} is not JSON at position ${scan.position}: ${scan.message}.`,
    }
  if (jsonKind(scan.value) !== 'an object')
    return { ok: false, message: `${label} must be a JSON object, not ${jsonKind(scan.value)}.` }
  return {
    ok: true,
    compact: JSON.stringify(scan.value),
    value: scan.value as Record<string, unknown>,
  }
}

/**
 * Replaces the payload of `token` with `payloadJson` and keeps the original header and signature
 * segments byte for byte: the forgery an attacker without the key can make.
 */
export function reencodeWithOldSignature(token: string, payloadJson: string): Reencode {
  const parts = token.split('.')
  if (parts.length !== 3)
    return {
      ok: false,
      message: 'Only a three-segment JWS can be re-encoded with its old signature.',
    }
  const payload = readEditedJson('Payload', payloadJson)
  if (!payload.ok) return payload
  return { ok: true, token: `${parts[0]}.${encodeTextSegment(payload.compact)}.${parts[2]}` }
}

export interface LearnerKey {
  privateKey: CryptoKey
  /** The public half, to show: kid is its RFC 7638 thumbprint. */
  publicJwk: JWK
}

/** A fresh ES256 key pair made in the page; the private key never leaves memory. */
export async function generateLearnerKey(): Promise<LearnerKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256')
  const jwk = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(jwk)
  return { privateKey, publicJwk: { ...jwk, kid, alg: 'ES256', use: 'sig' } }
}

/**
 * Signs `payloadJson` with the learner's key: the header keeps the original's other parameters
 * (typ, for instance) but gets alg ES256 and the learner key's kid, as an honest signer would write.
 */
export async function resignWithLearnerKey(
  headerJson: string,
  payloadJson: string,
  key: LearnerKey,
): Promise<Reencode> {
  const header = readEditedJson('Header', headerJson)
  if (!header.ok) return header
  const payload = readEditedJson('Payload', payloadJson)
  if (!payload.ok) return payload
  const protectedHeader = { ...header.value, alg: 'ES256', kid: key.publicJwk.kid }
  const token = await new CompactSign(new TextEncoder().encode(payload.compact))
    .setProtectedHeader(protectedHeader)
    .sign(key.privateKey)
  return { ok: true, token }
}
