/**
 * Base64url without padding (RFC 4648 §5), as used by JOSE (RFC 7515 §2) and PKCE (RFC 7636 App. A).
 * Works unchanged in browsers and Node 20 (btoa/atob are global in both).
 */

const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/

/** Encodes bytes as unpadded base64url. RFC 4648 §5, RFC 7636 Appendix A. */
export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** True when `text` is unpadded base64url that decodes to whole bytes. RFC 4648 §5. */
export function isBase64Url(text: string): boolean {
  return BASE64URL_PATTERN.test(text) && text.length % 4 !== 1
}

/**
 * Decodes unpadded base64url to bytes. Returns `undefined` for text that is not base64url
 * (any character outside `[A-Za-z0-9_-]`, or a length that cannot come from whole bytes).
 */
export function base64UrlDecode(text: string): Uint8Array | undefined {
  if (!isBase64Url(text)) return undefined
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

/** Encodes a string as UTF-8, then base64url. */
export function utf8ToBase64Url(text: string): string {
  return base64UrlEncode(new TextEncoder().encode(text))
}

/** Decodes base64url to a UTF-8 string; `undefined` when it is not base64url or not UTF-8. */
export function base64UrlToUtf8(text: string): string | undefined {
  const bytes = base64UrlDecode(text)
  if (!bytes) return undefined
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}
