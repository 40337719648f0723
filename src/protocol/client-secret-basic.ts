/**
 * HTTP Basic client authentication (client_secret_basic), RFC 6749 §2.3.1: the client id and the
 * secret are each form-urlencoded (Appendix B) first, then `id:secret` is base64-encoded (RFC 7617).
 */

/** Form-urlencodes one value: application/x-www-form-urlencoded, as RFC 6749 Appendix B says. */
export function formUrlEncode(value: string): string {
  return new URLSearchParams([['v', value]]).toString().slice(2)
}

/** Reverses formUrlEncode; `undefined` for a malformed percent-escape. */
export function formUrlDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '))
  } catch {
    return undefined
  }
}

function toBase64(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** Builds the `Authorization` header value for client_secret_basic. RFC 6749 §2.3.1. */
export function encodeClientSecretBasic(clientId: string, clientSecret: string): string {
  return `Basic ${toBase64(`${formUrlEncode(clientId)}:${formUrlEncode(clientSecret)}`)}`
}

export interface BasicCredentials {
  clientId: string
  clientSecret: string
}

/**
 * Parses an `Authorization: Basic ...` header value into client credentials (RFC 6749 §2.3.1,
 * RFC 7617 §2). Returns `undefined` when the scheme is not Basic or the value is malformed.
 */
export function decodeClientSecretBasic(header: string): BasicCredentials | undefined {
  const match = /^Basic +([A-Za-z0-9+/]+={0,2}) *$/i.exec(header)
  if (!match?.[1]) return undefined
  let decoded: string
  try {
    const binary = atob(match[1])
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (c) => c.charCodeAt(0)),
    )
  } catch {
    return undefined
  }
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  const clientId = formUrlDecode(decoded.slice(0, colon))
  const clientSecret = formUrlDecode(decoded.slice(colon + 1))
  if (clientId === undefined || clientSecret === undefined || clientId === '') return undefined
  return { clientId, clientSecret }
}
