import { describe, expect, it } from 'vitest'
import type { AccessTokenRecord, RefreshTokenRecord, TokenFamily } from './records.ts'
import { createTokenStore, tokenHash } from './token-store.ts'

const family = (id: string): TokenFamily => ({
  id,
  clientId: 'c',
  sub: 's',
  scope: [],
  expiresAt: 0,
  revoked: false,
})
const access = (jti: string, familyId: string, hash = ''): AccessTokenRecord => ({
  jti,
  tokenHash: hash,
  familyId,
  clientId: 'c',
  sub: 's',
  scope: [],
  issuedAt: 0,
  expiresAt: 100,
  revoked: false,
})
const refresh = (token: string, familyId: string): RefreshTokenRecord => ({
  token,
  familyId,
  clientId: 'c',
  sub: 's',
  scope: [],
  issuedAt: 0,
  expiresAt: 200,
  used: false,
  revoked: false,
})

describe('the token store', () => {
  it('revokes a family through its own index, without scanning every token', () => {
    const store = createTokenStore()
    for (const id of ['a', 'b']) store.families.set(id, family(id))
    for (let i = 0; i < 100; i++) store.addAccessToken(access(`b-${i}`, 'b'))
    store.addAccessToken(access('a-1', 'a'))
    store.addRefreshToken(refresh('a-rt', 'a'))
    const scan = () => {
      throw new Error('scanned every token')
    }
    for (const map of [store.accessTokens, store.refreshTokens]) {
      map.values = scan
      map.entries = scan
      map[Symbol.iterator] = scan
      map.forEach = scan
    }
    store.revokeFamily('a', 'test')
    expect(store.accessTokens.get('a-1')?.revoked).toBe(true)
    expect(store.refreshTokens.get('a-rt')?.revoked).toBe(true)
    expect(store.accessTokens.get('b-0')?.revoked).toBe(false)
    expect(store.families.get('a')).toMatchObject({ expiresAt: 200, revoked: true })
  })

  it('finds an access token by jti and the hash of the whole JWT, so a changed JWT is not found', async () => {
    const store = createTokenStore()
    store.families.set('f', family('f'))
    const payload = btoa(JSON.stringify({ jti: 'j1', sub: 'alice' })).replace(/=+$/, '')
    const jwt = `eyJhbGciOiJFUzI1NiJ9.${payload}.c2ln`
    store.addAccessToken(access('j1', 'f', await tokenHash(jwt)))
    expect((await store.findAccessToken(jwt))?.jti).toBe('j1')
    expect(await store.findAccessToken(`${jwt.slice(0, -1)}x`)).toBeUndefined()
    expect(await store.findAccessToken('not.a.jwt')).toBeUndefined()
    expect(await store.findAccessToken('opaque')).toBeUndefined()
  })

  it('forgets tokens, then their family, once expired', () => {
    const store = createTokenStore()
    store.families.set('f', family('f'))
    store.addAccessToken(access('j', 'f'))
    store.addRefreshToken(refresh('r', 'f'))
    store.forgetExpired(100)
    expect([store.accessTokens.size, store.refreshTokens.size, store.families.size]).toEqual([
      0, 1, 1,
    ])
    store.forgetExpired(200)
    expect([store.refreshTokens.size, store.families.size]).toEqual([0, 0])
  })
})
