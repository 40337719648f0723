/** What a request carries as credentials, read the way RFC 6750 §2 says a resource server must. */
export type BearerCredentials =
  /**
   * No usable credentials: no Authorization header, or another scheme. Answered with a bare
   * challenge and no error information (RFC 6750 §3.1), so there is nothing to describe.
   */
  | { readonly kind: 'none' }
  /** Credentials that are there but broken: answered 400 invalid_request (RFC 6750 §3.1). */
  | { readonly kind: 'malformed'; readonly description: string }
  | { readonly kind: 'token'; readonly token: string }

/** `b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="` (RFC 6750 §2.1). */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/
const FIRST_BAD_CHAR = /[^A-Za-z0-9\-._~+/=]/

const SEND_IT_RIGHT = 'Send it as Authorization: Bearer <token> (RFC 6750 §2.1).'

/**
 * Reads the bearer token from the Authorization request header (RFC 6750 §2.1). The URI query
 * method (§2.3) is not supported here, as OAuth 2.1 drops it: a token in the URL leaks into
 * history, logs and Referer headers (RFC 9700 §4.3), so `?access_token=` is invalid_request.
 */
export function extractBearerToken(request: Request): BearerCredentials {
  const header = request.headers.get('authorization')
  const inQuery = new URL(request.url).searchParams.has('access_token')

  if (header === null || header.trim() === '') {
    if (inQuery) {
      return malformed(
        `This API does not accept an access token in the URL (?access_token=): URLs end up in history, logs and Referer headers (RFC 6750 §2.3, RFC 9700 §4.3). ${SEND_IT_RIGHT}`,
      )
    }
    return { kind: 'none' }
  }

  const [, scheme = '', rest = ''] = /^(\S+)\s*(.*)$/s.exec(header.trim()) ?? []
  if (scheme.toLowerCase() !== 'bearer') {
    return { kind: 'none' }
  }
  if (rest === '')
    return malformed(
      `The Authorization header says Bearer but carries no token after it. ${SEND_IT_RIGHT}`,
    )
  if (/\s/.test(rest)) {
    return malformed(
      'The Authorization header has more than one value after Bearer: send exactly one token, with no spaces in it (RFC 6750 §2.1).',
    )
  }
  if (!B64TOKEN.test(rest)) {
    const bad = FIRST_BAD_CHAR.exec(rest)?.[0]
    const which = bad === undefined ? 'an = sign before its end' : `the character '${bad}'`
    return malformed(
      `The bearer token contains ${which}; a bearer token may hold only letters, digits, - . _ ~ + / and trailing = padding (RFC 6750 §2.1).`,
    )
  }
  if (inQuery) {
    return malformed(
      'The request carries an access token both in the Authorization header and in the URL: use exactly one method (RFC 6750 §2), the header.',
    )
  }
  return { kind: 'token', token: rest }
}

function malformed(description: string): BearerCredentials {
  return { kind: 'malformed', description }
}
