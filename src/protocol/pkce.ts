import { base64UrlEncode } from './base64url.ts'
import { secureRandomBytes, type RandomBytes } from './random.ts'

/** The PKCE transformations of RFC 7636 §4.2. */
export type CodeChallengeMethod = 'S256' | 'plain'

export const CODE_CHALLENGE_METHODS: readonly CodeChallengeMethod[] = ['S256', 'plain']

/** code-verifier = 43*128unreserved (RFC 7636 §4.1); the challenge has the same syntax (§4.2). */
const VERIFIER_PATTERN = /^[A-Za-z0-9\-._~]{43,128}$/

/** True when `value` is a well-formed code_verifier or code_challenge. RFC 7636 §4.1, §4.2. */
export function isValidCodeVerifier(value: string): boolean {
  return VERIFIER_PATTERN.test(value)
}

/** Narrows a request parameter to a supported method. RFC 7636 §4.3. */
export function isCodeChallengeMethod(value: string): value is CodeChallengeMethod {
  return value === 'S256' || value === 'plain'
}

/**
 * Makes a code_verifier from 32 random octets, base64url-encoded to 43 characters, as RFC 7636
 * §4.1 suggests.
 */
export function createCodeVerifier(random: RandomBytes = secureRandomBytes): string {
  return base64UrlEncode(random(32))
}

/**
 * Derives the code_challenge: S256 = BASE64URL(SHA256(ASCII(verifier))), plain = the verifier.
 * RFC 7636 §4.2.
 */
export async function computeCodeChallenge(
  verifier: string,
  method: CodeChallengeMethod = 'S256',
): Promise<string> {
  if (method === 'plain') return verifier
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  return base64UrlEncode(new Uint8Array(digest))
}

/**
 * Checks a code_verifier against the stored challenge and method, comparing in constant time.
 * RFC 7636 §4.6.
 */
export async function verifyCodeVerifier(
  verifier: string,
  challenge: string,
  method: CodeChallengeMethod,
): Promise<boolean> {
  if (!isValidCodeVerifier(verifier)) return false
  return constantTimeEqual(await computeCodeChallenge(verifier, method), challenge)
}

/** Compares two strings without an early exit, so timing does not reveal the common prefix. */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0)
  }
  return diff === 0
}
