import { describe, expect, it } from 'vitest'
import { generateKeyPair, SignJWT } from 'jose'
import { relativeTime, viewToken } from './token-view'

const NOW = Date.UTC(2026, 10, 28, 16, 0, 0)
const nowSeconds = NOW / 1000

async function accessToken(): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256')
  return new SignJWT({ scope: 'openid photos.read', client_id: 'printshop', custom: { a: 1 } })
    .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: 'k1' })
    .setIssuer('https://auth.photos.example')
    .setSubject('alice')
    .setAudience('https://api.photos.example')
    .setIssuedAt(nowSeconds - 60)
    .setExpirationTime(nowSeconds + 252)
    .setJti('jti-1')
    .sign(privateKey)
}

describe('viewToken', () => {
  it('decodes a JWT header and claims, the claims a learner looks for first', async () => {
    const view = viewToken(await accessToken(), NOW, 'access_token')
    if (view.format !== 'jwt') throw new Error(`expected a JWT view, got ${view.format}`)
    expect(view.header.map((row) => [row.name, row.value])).toEqual([
      ['alg', 'ES256'],
      ['typ', 'at+jwt'],
      ['kid', 'k1'],
    ])
    expect(view.claims.map((row) => row.name)).toEqual([
      'iss',
      'sub',
      'aud',
      'client_id',
      'scope',
      'exp',
      'iat',
      'jti',
      'custom',
    ])
    expect(view.claims.find((row) => row.name === 'aud')).toEqual({
      name: 'aud',
      meaning: 'Audience (who may accept it)',
      value: 'https://api.photos.example',
    })
    expect(view.claims.find((row) => row.name === 'scope')?.value).toBe('openid photos.read')
    expect(view.claims.find((row) => row.name === 'custom')?.value).toBe('{"a":1}')
  })

  it('shows times as ISO dates and relative to now', async () => {
    const view = viewToken(await accessToken(), NOW)
    if (view.format !== 'jwt') throw new Error('expected a JWT view')
    expect(view.claims.find((row) => row.name === 'exp')?.time).toEqual({
      iso: '2026-11-28T16:04:12Z',
      relative: 'in 4 min 12 s',
    })
    expect(view.claims.find((row) => row.name === 'iat')?.time).toEqual({
      iso: '2026-11-28T15:59:00Z',
      relative: '1 min ago',
    })
  })

  it('explains an opaque refresh token instead of failing', () => {
    const view = viewToken('8xLOxBtZp8', NOW, 'refresh_token')
    expect(view.format).toBe('opaque')
    expect(view.format === 'opaque' && view.why).toMatch(
      /^This refresh token is opaque: a random reference, not a JWT/,
    )
  })

  it('recognises a JWE and a broken JWT', () => {
    expect(viewToken('a.b.c.d.e', NOW).format).toBe('unreadable')
    const broken = viewToken('eyJhbGciOiJFUzI1NiJ9.!!!.sig', NOW)
    expect(broken.format).toBe('unreadable')
    expect(broken.format === 'unreadable' && broken.why).toMatch(
      /^Looks like a JWT \(three segments\) but does not decode: /,
    )
  })
})

describe('relativeTime', () => {
  it('gives the two largest units', () => {
    expect(relativeTime(nowSeconds + 252, NOW)).toBe('in 4 min 12 s')
    expect(relativeTime(nowSeconds - 3600, NOW)).toBe('1 h ago')
    expect(relativeTime(nowSeconds + 90061, NOW)).toBe('in 1 d 1 h')
    expect(relativeTime(nowSeconds, NOW)).toBe('now')
  })
})
