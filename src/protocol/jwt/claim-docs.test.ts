import { describe, expect, it } from 'vitest'
import { explainClaim, explainHeaderParam } from './claim-docs'
import { oidcCore, rfc } from './spec-ref'

describe('claim and header explanations', () => {
  it('cites spec sections with working anchors', () => {
    expect(rfc(7519, '4.1.4')).toEqual({
      label: 'RFC 7519 §4.1.4',
      href: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4',
    })
    expect(rfc(7515, 'A.5')).toEqual({
      label: 'RFC 7515 Appendix A.5',
      href: 'https://www.rfc-editor.org/rfc/rfc7515#appendix-A.5',
    })
    expect(oidcCore('2', 'IDToken').href).toBe(
      'https://openid.net/specs/openid-connect-core-1_0.html#IDToken',
    )
  })

  it('explains the registered claims with their value and section', () => {
    expect(explainClaim('exp', 1300819380)).toEqual({
      sentence: 'Expires at 2011-03-22 18:43:00 UTC; on or after that moment it must be refused.',
      spec: rfc(7519, '4.1.4'),
    })
    expect(explainClaim('scope', 'openid photos.read').sentence).toBe(
      'What the token allows: openid, photos.read; the API refuses anything outside it with 403 insufficient_scope.',
    )
    expect(explainClaim('scope', 'x').spec.label).toBe('RFC 9068 §2.2.3')
    expect(explainClaim('client_id', 'printshop').spec.label).toBe('RFC 9068 §2.2')
  })

  it('words aud and sub for the kind of token', () => {
    expect(explainClaim('aud', 'photo-spa', 'id_token')).toEqual({
      sentence: 'Meant for photo-spa only; for an ID token that is the client it was issued to.',
      spec: oidcCore('2', 'IDToken'),
    })
    expect(explainClaim('aud', ['a', 'b'], 'access_token')).toEqual({
      sentence: 'Meant for a, b only; any other recipient must reject it.',
      // The rejection is the resource server's validation step, RFC 9068 §4 (§3 is the request).
      spec: rfc(9068, '4'),
    })
    expect(explainClaim('sub', 'alice', 'id_token').sentence).toBe(
      'The subject: the user who signed in, "alice", unique at this issuer.',
    )
  })

  it('explains OIDC claims, standard profile claims and private claims', () => {
    expect(explainClaim('at_hash', 'x').spec.label).toBe('OIDC Core §3.1.3.6')
    expect(explainClaim('nonce', 'n-0S6').sentence).toBe(
      'Echoes the nonce the client sent (n-0S6); the client compares them to stop an ID token being replayed.',
    )
    expect(explainClaim('email', 'alice@photos.example')).toEqual({
      sentence: "The user's e-mail address: alice@photos.example.",
      spec: oidcCore('5.1', 'StandardClaims'),
    })
    expect(explainClaim('http://example.com/is_root', true)).toEqual({
      sentence:
        "A private claim: it means whatever the issuer and the token's consumers agreed on.",
      spec: rfc(7519, '4.3'),
    })
  })

  it('explains header parameters, alg none and typ at+jwt specially', () => {
    expect(explainHeaderParam('alg', 'none').sentence).toBe(
      'No signature at all: anyone could have written this token, so it must never be accepted.',
    )
    expect(explainHeaderParam('typ', 'at+jwt').spec).toEqual(rfc(9068, '2.1'))
    expect(explainHeaderParam('typ', 'JWT').spec).toEqual(rfc(7515, '4.1.9'))
    expect(explainHeaderParam('jku', 'https://evil.example/jwks').sentence).toMatch(
      /must not fetch keys from a URL an attacker chose/,
    )
    expect(explainHeaderParam('x-custom', 1).spec).toEqual(rfc(7515, '4.2'))
  })
})
