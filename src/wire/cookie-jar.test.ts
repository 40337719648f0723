import { describe, expect, it } from 'vitest'
import { createCookieJar, defaultPath, parseSetCookie, pathMatches, siteOf } from './cookie-jar.ts'

const AS = 'https://auth.photos.example'
const SAME_SITE = { sameSite: true, safeTopLevelNavigation: true }
const CROSS_SITE_GET = { sameSite: false, safeTopLevelNavigation: true }
const CROSS_SITE_POST = { sameSite: false, safeTopLevelNavigation: false }

function jarAt(start = 1_000_000) {
  const clock = { ms: start }
  return { jar: createCookieJar(() => clock.ms), clock }
}

describe('parseSetCookie (RFC 6265 §5.2)', () => {
  it('reads name, value and every attribute, case-insensitively', () => {
    expect(
      parseSetCookie('as_session=s%3Dabc; path=/; Max-Age=28800; HTTPONLY; secure; SameSite=lax'),
    ).toEqual({
      name: 'as_session',
      value: 's%3Dabc',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
      domainAttribute: null,
      pathAttribute: '/',
      maxAge: 28800,
      expires: null,
    })
  })

  it('ignores a cookie without name=value, and attributes with bad values', () => {
    expect(parseSetCookie('justaname')).toBeUndefined()
    expect(parseSetCookie('=nameless')).toBeUndefined()
    expect(parseSetCookie('a=1; Max-Age=soon; Path=relative; SameSite=sometimes')).toMatchObject({
      maxAge: null,
      pathAttribute: null,
      sameSite: null,
    })
  })
})

describe('paths (RFC 6265 §5.1.4)', () => {
  it('defaults to the directory of the request path', () => {
    expect(defaultPath('/login')).toBe('/')
    expect(defaultPath('/account/settings')).toBe('/account')
  })
  it('matches a directory prefix only at a slash', () => {
    expect(pathMatches('/account/settings', '/account')).toBe(true)
    expect(pathMatches('/accounting', '/account')).toBe(false)
    expect(pathMatches('/account/x', '/account/')).toBe(true)
  })
})

describe('the cookie jar', () => {
  it('sends a host-only cookie back to its host only, with the longest path first', () => {
    const { jar } = jarAt()
    jar.store(`${AS}/login`, [
      'as_session=abc; Path=/; Secure; HttpOnly; SameSite=Lax',
      'pref=dark; Path=/consent',
    ])
    expect(jar.cookieHeader(`${AS}/consent?x=1`, SAME_SITE)).toBe('pref=dark; as_session=abc')
    expect(jar.cookieHeader(`${AS}/authorize`, SAME_SITE)).toBe('as_session=abc')
    expect(jar.cookieHeader('https://api.photos.example/photos', SAME_SITE)).toBeUndefined()
    expect(jar.cookieHeader('https://evil.auth.photos.example/', SAME_SITE)).toBeUndefined()
  })

  it('shares a Domain cookie with subdomains, and refuses a Domain that does not cover the host', () => {
    const { jar } = jarAt()
    const refused = jar.store(`${AS}/`, [
      'wide=1; Domain=.photos.example',
      'foreign=1; Domain=printshop.example',
      'tld=1; Domain=example',
    ])
    expect(refused).toEqual([
      'Refused Set-Cookie foreign=1: Domain=printshop.example does not cover auth.photos.example.',
      'Refused Set-Cookie tld=1: Domain=example is a public suffix.',
    ])
    expect(jar.cookieHeader('https://api.photos.example/photos', SAME_SITE)).toBe('wide=1')
  })

  it('expires cookies by Max-Age on the injected clock, and Max-Age=0 deletes', () => {
    const { jar, clock } = jarAt()
    jar.store(`${AS}/`, ['a=1; Max-Age=60', 'b=2'])
    clock.ms += 59_000
    expect(jar.cookieHeader(`${AS}/`, SAME_SITE)).toBe('a=1; b=2')
    clock.ms += 1_000
    expect(jar.cookieHeader(`${AS}/`, SAME_SITE)).toBe('b=2')
    jar.store(`${AS}/`, ['b=gone; Max-Age=0'])
    expect(jar.all()).toEqual([])
  })

  it('honours Expires, with Max-Age taking precedence', () => {
    const { jar } = jarAt(Date.parse('2026-11-28T16:30:00Z'))
    jar.store(`${AS}/`, [
      'old=1; Expires=Sat, 28 Nov 2026 16:00:00 GMT',
      'new=1; Expires=Sat, 28 Nov 2026 17:00:00 GMT',
      'both=1; Expires=Sat, 28 Nov 2026 16:00:00 GMT; Max-Age=10',
    ])
    expect(jar.all().map((c) => c.name)).toEqual(['new', 'both'])
  })

  it('replaces a cookie with the same name, domain and path', () => {
    const { jar } = jarAt()
    jar.store(`${AS}/`, ['as_session=first; Path=/'])
    jar.store(`${AS}/login`, ['as_session=second; Path=/'])
    expect(jar.cookieHeader(`${AS}/`, SAME_SITE)).toBe('as_session=second')
  })

  it('applies SameSite: Strict same-site only, Lax also on cross-site GET navigations, None always', () => {
    const { jar } = jarAt()
    jar.store(`${AS}/`, [
      'strict=1; SameSite=Strict',
      'lax=1; SameSite=Lax',
      'default=1',
      'none=1; SameSite=None; Secure',
    ])
    expect(jar.cookieHeader(`${AS}/`, SAME_SITE)).toBe('strict=1; lax=1; default=1; none=1')
    expect(jar.cookieHeader(`${AS}/`, CROSS_SITE_GET)).toBe('lax=1; default=1; none=1')
    expect(jar.cookieHeader(`${AS}/`, CROSS_SITE_POST)).toBe('none=1')
  })

  it('refuses SameSite=None without Secure and prefixed cookies that break their rules', () => {
    const { jar } = jarAt()
    expect(
      jar.store(`${AS}/`, [
        'n=1; SameSite=None',
        '__Host-id=1; Secure; Path=/app',
        '__Secure-x=1',
        '__Host-ok=1; Secure; Path=/',
      ]),
    ).toEqual([
      'Refused Set-Cookie n=1: SameSite=None needs Secure.',
      'Refused Set-Cookie __Host-id=1: the __Host- prefix needs Secure, Path=/ and no Domain.',
      'Refused Set-Cookie __Secure-x=1: the __Secure- prefix needs Secure.',
    ])
    expect(jar.all().map((c) => c.name)).toEqual(['__Host-ok'])
  })

  it('keeps Secure cookies off plain http', () => {
    const { jar } = jarAt()
    jar.store(`${AS}/`, ['s=1; Secure'])
    expect(jar.cookieHeader('http://auth.photos.example/', SAME_SITE)).toBeUndefined()
    expect(jar.store('http://auth.photos.example/', ['t=1; Secure'])).toEqual([
      'Refused Set-Cookie t=1: a Secure cookie can only be set over https.',
    ])
  })
})

describe('the cookie jar after a page reload', () => {
  it('comes back from its snapshot with the same cookies, still expiring on the clock', () => {
    const clock = { ms: 1_000_000 }
    const jar = createCookieJar(() => clock.ms)
    jar.store(`${AS}/login`, ['sid=abc; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=60'])
    jar.store(`${AS}/`, ['pref=dark; Secure'])
    const saved: unknown = JSON.parse(JSON.stringify(jar.snapshot()))
    const restored = createCookieJar(() => clock.ms, saved)
    expect(restored.all()).toEqual(jar.all())
    expect(restored.cookieHeader(`${AS}/consent`, SAME_SITE)).toBe('sid=abc; pref=dark')
    clock.ms += 60_000
    expect(restored.cookieHeader(`${AS}/consent`, SAME_SITE)).toBe('pref=dark')
    expect(() => createCookieJar(() => 0, [{ name: 'x', sameSite: null }])).toThrow(
      /cookie 0's value/,
    )
  })
})

describe('siteOf', () => {
  it('groups subdomains of one registrable domain', () => {
    expect(siteOf('https://auth.photos.example/x')).toBe('https://photos.example')
    expect(siteOf('https://api.photos.example')).toBe(siteOf('https://auth.photos.example'))
    expect(siteOf('https://spa.printshop.example')).not.toBe(siteOf('https://auth.photos.example'))
  })
})
