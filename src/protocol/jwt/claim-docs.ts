/**
 * One sentence per header parameter and claim, saying what this value means here, with the
 * section that defines it: JOSE header (RFC 7515 §4.1), registered claims (RFC 7519 §4.1), JWT
 * access tokens (RFC 9068 §2), ID tokens and standard claims (OIDC Core §2, §5.1).
 */
import { oidcCore, rfc, type SpecRef } from './spec-ref'
import { describeJweKeyManagement } from './jwe-key-management'
import { formatNumericDate } from './time'

export interface Explanation {
  sentence: string
  spec: SpecRef
}

type Explain = (value: unknown, kind: 'access_token' | 'id_token' | undefined) => Explanation

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))
const list = (value: unknown) => (Array.isArray(value) ? value.map(text).join(', ') : text(value))
const date = (value: unknown) =>
  typeof value === 'number' ? formatNumericDate(value) : `${text(value)} (not a number)`

const HEADER: Record<string, Explain> = {
  alg: (v) => ({
    sentence:
      v === 'none'
        ? 'No signature at all: anyone could have written this token, so it must never be accepted.'
        : `The token is signed with ${text(v)}; a verifier must insist on the algorithm it expects, not trust this field.`,
    spec: rfc(7515, '4.1.1'),
  }),
  typ: (v) => ({
    sentence:
      typeof v === 'string' && /^(application\/)?at\+jwt$/i.test(v)
        ? 'Says "I am an OAuth access token": a resource server checks it so that an ID token cannot be passed off as one.'
        : `The media type of the whole token (${text(v)}); an access token would say at+jwt.`,
    spec: typeof v === 'string' && /at\+jwt$/i.test(v) ? rfc(9068, '2.1') : rfc(7515, '4.1.9'),
  }),
  kid: (v) => ({
    sentence: `Names the key that signed the token (${text(v)}); the verifier picks the key with this kid from the issuer's JWKS.`,
    spec: rfc(7515, '4.1.4'),
  }),
  cty: (v) => ({
    sentence: `The media type of the payload (${text(v)}); "JWT" means the payload is itself a JWT.`,
    spec: rfc(7515, '4.1.10'),
  }),
  jku: () => ({
    sentence:
      'A URL of a key set offered by the token itself; a verifier must not fetch keys from a URL an attacker chose.',
    spec: rfc(7515, '4.1.2'),
  }),
  jwk: () => ({
    sentence:
      'A public key embedded in the token itself; trusting it would let anyone sign with their own key.',
    spec: rfc(7515, '4.1.3'),
  }),
  x5u: () => ({
    sentence: "A URL of the signer's X.509 certificate chain.",
    spec: rfc(7515, '4.1.5'),
  }),
  x5c: () => ({
    sentence: "The signer's X.509 certificate chain, embedded in the token.",
    spec: rfc(7515, '4.1.6'),
  }),
  x5t: () => ({
    sentence: "The SHA-1 thumbprint of the signer's X.509 certificate.",
    spec: rfc(7515, '4.1.7'),
  }),
  'x5t#S256': () => ({
    sentence: "The SHA-256 thumbprint of the signer's X.509 certificate.",
    spec: rfc(7515, '4.1.8'),
  }),
  crit: (v) => ({
    sentence: `Header parameters (${list(v)}) that a verifier must understand, or else reject the token.`,
    spec: rfc(7515, '4.1.11'),
  }),
  enc: (v) => ({
    sentence: `The content is encrypted with ${text(v)}; only the holder of the recipient's key can read it.`,
    spec: rfc(7516, '4.1.2'),
  }),
  zip: (v) => ({
    sentence: `The plaintext was compressed (${text(v)}) before encryption.`,
    spec: rfc(7516, '4.1.3'),
  }),
  b64: (v) => ({
    sentence:
      v === false
        ? 'The payload is not base64url-encoded before signing.'
        : 'The payload is base64url-encoded before signing (the default).',
    spec: rfc(7797, '3'),
  }),
}

const CLAIMS: Record<string, Explain> = {
  iss: (v, kind) => ({
    sentence: `Issued by ${text(v)}; a client or API must compare it exactly with the issuer it trusts.`,
    spec: kind === 'id_token' ? oidcCore('2', 'IDToken') : rfc(7519, '4.1.1'),
  }),
  sub: (v, kind) => ({
    sentence: `The subject: ${kind === 'id_token' ? 'the user who signed in' : 'whom the token is about (the user, or the client itself in client credentials)'}, "${text(v)}", unique at this issuer.`,
    spec: kind === 'id_token' ? oidcCore('2', 'IDToken') : rfc(7519, '4.1.2'),
  }),
  aud: (v, kind) => ({
    sentence: `Meant for ${list(v)} only; ${kind === 'id_token' ? 'for an ID token that is the client it was issued to' : 'any other recipient must reject it'}.`,
    spec:
      kind === 'id_token'
        ? oidcCore('2', 'IDToken')
        : kind === 'access_token'
          ? rfc(9068, '4')
          : rfc(7519, '4.1.3'),
  }),
  exp: (v) => ({
    sentence: `Expires at ${date(v)}; on or after that moment it must be refused.`,
    spec: rfc(7519, '4.1.4'),
  }),
  nbf: (v) => ({ sentence: `Not valid before ${date(v)}.`, spec: rfc(7519, '4.1.5') }),
  iat: (v) => ({ sentence: `Issued at ${date(v)}.`, spec: rfc(7519, '4.1.6') }),
  jti: (v) => ({
    sentence: `A unique id for this token (${text(v)}), so a server can spot a replay or revoke it.`,
    spec: rfc(7519, '4.1.7'),
  }),
  client_id: (v) => ({
    sentence: `The client the token was issued to: ${text(v)}.`,
    spec: rfc(9068, '2.2'),
  }),
  scope: (v) => ({
    sentence: `What the token allows: ${typeof v === 'string' ? v.split(' ').filter(Boolean).join(', ') : text(v)}; the API refuses anything outside it with 403 insufficient_scope.`,
    spec: rfc(9068, '2.2.3'),
  }),
  auth_time: (v) => ({
    sentence: `When the user last actually signed in: ${date(v)}.`,
    spec: oidcCore('2', 'IDToken'),
  }),
  acr: (v) => ({
    sentence: `How strongly the user was authenticated (authentication context class ${text(v)}).`,
    spec: oidcCore('2', 'IDToken'),
  }),
  amr: (v) => ({
    sentence: `How the user was authenticated: ${list(v)} (for example pwd for a password).`,
    spec: oidcCore('2', 'IDToken'),
  }),
  nonce: (v) => ({
    sentence: `Echoes the nonce the client sent (${text(v)}); the client compares them to stop an ID token being replayed.`,
    spec: oidcCore('2', 'IDToken'),
  }),
  azp: (v) => ({
    sentence: `The authorized party: the client that asked for this ID token (${text(v)}).`,
    spec: oidcCore('2', 'IDToken'),
  }),
  at_hash: () => ({
    sentence:
      'Half a SHA hash of the access token issued alongside, binding the two: swap the access token and the hash no longer matches.',
    spec: oidcCore('3.1.3.6', 'CodeIDToken'),
  }),
  c_hash: () => ({
    sentence: 'Half a SHA hash of the authorization code issued alongside, binding the two.',
    spec: oidcCore('3.3.2.11', 'HybridIDToken'),
  }),
  sid: (v) => ({
    sentence: `The session id at the issuer (${text(v)}), used for logout.`,
    spec: {
      label: 'OIDC Front-Channel Logout §3',
      href: 'https://openid.net/specs/openid-connect-frontchannel-1_0.html#ClaimsContents',
    },
  }),
  cnf: () => ({
    sentence:
      'Confirmation: binds the token to a key the holder must prove it has (sender-constrained token).',
    spec: rfc(7800, '3.1'),
  }),
  groups: (v) => ({
    sentence: `Groups the subject belongs to: ${list(v)}.`,
    spec: rfc(9068, '2.2.3.1'),
  }),
  roles: (v) => ({ sentence: `Roles the subject has: ${list(v)}.`, spec: rfc(9068, '2.2.3.1') }),
  entitlements: (v) => ({
    sentence: `Entitlements of the subject: ${list(v)}.`,
    spec: rfc(9068, '2.2.3.1'),
  }),
}

const STANDARD_CLAIMS: Record<string, string> = {
  name: 'full name',
  given_name: 'given name',
  family_name: 'family name',
  middle_name: 'middle name',
  nickname: 'nickname',
  preferred_username: 'preferred username',
  profile: 'profile page URL',
  picture: 'picture URL',
  website: 'web site',
  email: 'e-mail address',
  email_verified: 'whether the e-mail address was verified',
  gender: 'gender',
  birthdate: 'birthday',
  zoneinfo: 'time zone',
  locale: 'locale',
  phone_number: 'phone number',
  phone_number_verified: 'whether the phone number was verified',
  address: 'postal address',
  updated_at: 'time the profile was last updated',
}

/** Explains one JOSE header parameter. RFC 7515 §4.1, RFC 7516 §4.1. */
export function explainHeaderParam(
  name: string,
  value: unknown,
  format: 'jws' | 'jwe' = 'jws',
): Explanation {
  // In a JWE, alg is the key management algorithm, not a signature algorithm (RFC 7516 §4.1.1).
  if (format === 'jwe' && name === 'alg')
    return {
      sentence: `Key management, not a signature: ${describeJweKeyManagement(value).sentence}`,
      spec: rfc(7516, '4.1.1'),
    }
  return (
    HEADER[name]?.(value, undefined) ?? {
      sentence: "A header parameter this token's issuer defined; no registered meaning.",
      spec: rfc(7515, '4.2'),
    }
  )
}

/** Explains one claim, in words that fit the token kind when it is known. RFC 7519 §4, RFC 9068 §2.2, OIDC Core §2. */
export function explainClaim(
  name: string,
  value: unknown,
  kind?: 'access_token' | 'id_token',
): Explanation {
  const explain = CLAIMS[name]
  if (explain) return explain(value, kind)
  const standard = STANDARD_CLAIMS[name]
  if (standard)
    return {
      sentence: `The user's ${standard}: ${text(value)}.`,
      spec: oidcCore('5.1', 'StandardClaims'),
    }
  return {
    sentence: "A private claim: it means whatever the issuer and the token's consumers agreed on.",
    spec: rfc(7519, '4.3'),
  }
}
