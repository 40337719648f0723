import { describe, expect, it } from 'vitest'
import { exchange } from '../testing/exchange-fixtures'
import { heldTokenEntries, tokensFromExchanges } from './tokens-from-exchanges'

const json = [['content-type', 'application/json']] as const
const form = [['content-type', 'application/x-www-form-urlencoded']] as const

const authorize = exchange(
  1,
  {
    url: 'https://auth.photos.example/authorize?response_type=code&client_id=printshop&scope=openid+photos.read&state=s1&nonce=n-0S6&code_challenge=abc&code_challenge_method=S256',
  },
  { status: 302, headers: [['location', 'https://printshop.example/callback?code=c1&state=s1']] },
  { from: 'user-agent', channel: 'front' },
)
const tokenRequest = exchange(
  2,
  {
    method: 'POST',
    url: 'https://auth.photos.example/token',
    headers: [['authorization', 'Basic cHJpbnRzaG9wOnByaW50c2hvcC1zZWNyZXQ='], ...form],
    body: 'grant_type=authorization_code&code=c1&redirect_uri=https%3A%2F%2Fprintshop.example%2Fcallback&code_verifier=v',
  },
  {
    headers: json,
    body: JSON.stringify({
      access_token: 'AT.x.y',
      token_type: 'Bearer',
      expires_in: 300,
      id_token: 'ID.x.y',
      refresh_token: 'rt-opaque',
    }),
  },
)

describe('tokensFromExchanges', () => {
  it('finds access, ID and refresh tokens in a token response, in that order', () => {
    const tokens = tokensFromExchanges([authorize, tokenRequest])
    expect(tokens.map((t) => [t.kind, t.label, t.value, t.seq, t.carrier])).toEqual([
      ['access_token', 'Access token', 'AT.x.y', 2, 'token response'],
      ['id_token', 'ID token', 'ID.x.y', 2, 'token response'],
      ['refresh_token', 'Refresh token', 'rt-opaque', 2, 'token response'],
    ])
  })

  it('gives each token the context of the requests that produced it', () => {
    const [access, id, refresh] = tokensFromExchanges([authorize, tokenRequest])
    expect(access?.context).toEqual({
      kind: 'access_token',
      issuer: 'https://auth.photos.example',
      audience: 'https://api.photos.example',
      clientId: 'printshop',
      requestedScope: 'openid photos.read',
      grantedScope: 'openid photos.read',
      source: 'exchange #2: POST /token',
    })
    expect(id?.context).toEqual({
      kind: 'id_token',
      issuer: 'https://auth.photos.example',
      clientId: 'printshop',
      nonce: 'n-0S6',
      accessToken: 'AT.x.y',
      requestedScope: 'openid photos.read',
      source: 'exchange #2: POST /token',
    })
    expect(refresh?.context.kind).toBe('refresh_token')
  })

  it('takes the granted scope from the response when the server narrowed it (RFC 6749 §5.1)', () => {
    const narrowed = exchange(
      2,
      {
        method: 'POST',
        url: 'https://auth.photos.example/token',
        headers: form,
        body: 'grant_type=authorization_code&client_id=photo-spa',
      },
      {
        headers: json,
        body: JSON.stringify({ access_token: 'AT', token_type: 'Bearer', scope: 'photos.read' }),
      },
    )
    const [access] = tokensFromExchanges([authorize, narrowed], (e) => `step ${e.seq + 5}`)
    expect(access?.context).toMatchObject({
      clientId: 'photo-spa',
      grantedScope: 'photos.read',
      requestedScope: 'openid photos.read',
      source: 'step 7',
    })
  })

  it('ignores error responses and responses without tokens', () => {
    const error = exchange(
      2,
      { method: 'POST', url: 'https://auth.photos.example/token' },
      { status: 400, headers: json, body: '{"error":"invalid_grant","access_token":"no"}' },
    )
    const photos = exchange(
      3,
      { url: 'https://api.photos.example/photos' },
      { headers: json, body: '[{"id":1}]' },
      { to: 'resource-server' },
    )
    expect(tokensFromExchanges([authorize, error, photos])).toEqual([])
  })

  it('finds tokens in a redirect fragment (implicit grant, RFC 6749 §4.2.2)', () => {
    const implicit = exchange(
      1,
      {
        url: 'https://auth.photos.example/authorize?response_type=token&client_id=photo-spa&scope=photos.read&state=s',
      },
      {
        status: 302,
        headers: [
          [
            'location',
            'https://spa.printshop.example/callback#access_token=FRAG.x.y&token_type=Bearer&state=s',
          ],
        ],
      },
      { from: 'user-agent', channel: 'front' },
    )
    const [access] = tokensFromExchanges([implicit])
    expect(access).toMatchObject({
      kind: 'access_token',
      value: 'FRAG.x.y',
      carrier: 'redirect fragment',
      seq: 1,
    })
    expect(access?.context).toMatchObject({
      clientId: 'photo-spa',
      requestedScope: 'photos.read',
      issuer: 'https://auth.photos.example',
    })
  })
})

describe('heldTokenEntries', () => {
  it("keeps the flow's list and order, joined with what the record says about each token", () => {
    const entries = heldTokenEntries(
      [
        { name: 'refresh_token', value: 'rt-opaque' },
        { name: 'access_token', value: 'AT.x.y' },
        { name: 'access_token', value: 'never-recorded' },
      ],
      [authorize, tokenRequest],
    )
    expect(entries.map((e) => [e.kind, e.value, e.seq, e.carrier])).toEqual([
      ['refresh_token', 'rt-opaque', 2, 'token response'],
      ['access_token', 'AT.x.y', 2, 'token response'],
      ['access_token', 'never-recorded', undefined, undefined],
    ])
    expect(entries[1]?.context.clientId).toBe('printshop')
    expect(entries[2]?.context).toEqual({ kind: 'access_token' })
  })
})
