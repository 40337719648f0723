import { describe, expect, it } from 'vitest'
import { ISSUER, LEGACY_APP_CLIENT } from '../../protocol/demo-world'
import { readFragment } from './implicit.fragment'

const at = (fragment: Record<string, string>) =>
  `${LEGACY_APP_CLIENT.redirectUri}#${new URLSearchParams(fragment)}`
const expected = { state: 'S', issuer: ISSUER }
const good = {
  access_token: 'AT',
  token_type: 'Bearer',
  expires_in: '3600',
  state: 'S',
  iss: ISSUER,
}

describe('the legacy app reading its fragment (RFC 6749 §4.2.2)', () => {
  it('takes the token when iss and state match', () => {
    expect(readFragment(at(good), expected)).toMatchObject({
      ok: true,
      accessToken: 'AT',
      tokenType: 'Bearer',
      expiresIn: 3600,
    })
  })

  it('refuses a forged state, a foreign or missing iss, before anything else', () => {
    expect(readFragment(at({ ...good, state: 'X' }), expected)).toMatchObject({
      ok: false,
      refusal: 'state-mismatch',
    })
    expect(readFragment(at({ ...good, iss: 'https://evil.example' }), expected)).toMatchObject({
      ok: false,
      refusal: 'issuer-mismatch',
    })
    const { iss: _, ...noIss } = good
    expect(readFragment(at(noIss), expected)).toMatchObject({ refusal: 'issuer-mismatch' })
    expect(
      readFragment(at({ error: 'access_denied', state: 'X', iss: ISSUER }), expected),
    ).toMatchObject({ refusal: 'state-mismatch' })
  })

  it('reads an error response, and refuses a fragment without a token', () => {
    expect(
      readFragment(at({ error: 'access_denied', state: 'S', iss: ISSUER }), expected),
    ).toMatchObject({ ok: false, refusal: 'error-response', error: 'access_denied' })
    expect(readFragment(at({ state: 'S', iss: ISSUER }), expected)).toMatchObject({
      refusal: 'no-token',
    })
  })

  it('ignores the query: an implicit answer lives in the fragment', () => {
    const url = `${LEGACY_APP_CLIENT.redirectUri}?${new URLSearchParams(good)}`
    expect(readFragment(url, expected)).toMatchObject({ ok: false, refusal: 'issuer-mismatch' })
  })
})
