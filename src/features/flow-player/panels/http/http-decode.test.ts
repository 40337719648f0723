import { describe, expect, it } from 'vitest'
import {
  decodeQuery,
  describeAuthorization,
  describeBody,
  mediaType,
  parseCookieHeader,
  parseSetCookie,
  splitUrl,
  statusClass,
  tokenKindOfField,
  truncateLines,
} from './http-decode'

describe('decodeQuery', () => {
  it('decodes percent escapes and plus signs, keeping order and repeats', () => {
    expect(
      decodeQuery(
        '?scope=openid+photos.read&redirect_uri=https%3A%2F%2Fprintshop.example%2Fcallback&a=1&a=2',
      ),
    ).toEqual([
      ['scope', 'openid photos.read'],
      ['redirect_uri', 'https://printshop.example/callback'],
      ['a', '1'],
      ['a', '2'],
    ])
  })
  it('returns nothing for an empty query', () => {
    expect(decodeQuery('')).toEqual([])
    expect(decodeQuery('?')).toEqual([])
  })
})

describe('splitUrl', () => {
  it('splits an authorization request URL', () => {
    const parts = splitUrl(
      'https://auth.photos.example/authorize?response_type=code&client_id=printshop&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&state=xyz',
    )
    expect(parts?.origin).toBe('https://auth.photos.example')
    expect(parts?.path).toBe('/authorize')
    expect(parts?.query).toContainEqual([
      'code_challenge',
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    ])
    expect(parts?.query).toContainEqual(['state', 'xyz'])
    expect(parts?.fragment).toEqual([])
  })
  it('resolves a relative Location against the request URL', () => {
    const parts = splitUrl('/login?session=abc', 'https://auth.photos.example/authorize?x=1')
    expect(parts?.href).toBe('https://auth.photos.example/login?session=abc')
    expect(parts?.query).toEqual([['session', 'abc']])
  })
  it('decodes a form-encoded fragment (implicit grant, RFC 6749 §4.2.2)', () => {
    const parts = splitUrl(
      'https://spa.printshop.example/callback#access_token=abc.def&token_type=Bearer&state=s%201',
    )
    expect(parts?.fragment).toEqual([
      ['access_token', 'abc.def'],
      ['token_type', 'Bearer'],
      ['state', 's 1'],
    ])
    expect(parts?.query).toEqual([])
  })
  it('keeps a plain fragment raw', () => {
    expect(splitUrl('https://a.example/#top')).toMatchObject({ fragment: [], rawFragment: 'top' })
  })
  it('returns null for what is not a URL', () => {
    expect(splitUrl('not a url')).toBeNull()
  })
})

describe('describeBody', () => {
  it('decodes a form body into fields', () => {
    expect(
      describeBody(
        'application/x-www-form-urlencoded;charset=UTF-8',
        'grant_type=authorization_code&code=Splx%2FlO&redirect_uri=https%3A%2F%2Fprintshop.example%2Fcallback',
      ),
    ).toEqual({
      kind: 'form',
      fields: [
        ['grant_type', 'authorization_code'],
        ['code', 'Splx/lO'],
        ['redirect_uri', 'https://printshop.example/callback'],
      ],
    })
  })
  it('pretty-prints JSON, including +json types', () => {
    const view = describeBody(
      'application/json; charset=utf-8',
      '{"access_token":"a","expires_in":300}',
    )
    expect(view).toEqual({
      kind: 'json',
      pretty: '{\n  "access_token": "a",\n  "expires_in": 300\n}',
      value: { access_token: 'a', expires_in: 300 },
    })
    expect(describeBody('application/problem+json', '{}').kind).toBe('json')
  })
  it('shows JSON that does not parse as text, and says why', () => {
    const view = describeBody('application/json', '{"a":')
    expect(view.kind).toBe('text')
    expect(view.kind === 'text' && view.note).toMatch(
      /^Labelled application\/json but not valid JSON: /,
    )
  })
  it('keeps HTML as source and anything else as text', () => {
    expect(describeBody('text/html; charset=utf-8', '<form></form>')).toEqual({
      kind: 'html',
      source: '<form></form>',
    })
    expect(describeBody('text/plain', 'hi')).toEqual({ kind: 'text', text: 'hi' })
    expect(describeBody(undefined, 'hi')).toEqual({ kind: 'text', text: 'hi' })
  })
  it('says empty for no body', () => {
    expect(describeBody('application/json', null)).toEqual({ kind: 'empty' })
    expect(describeBody('application/json', '')).toEqual({ kind: 'empty' })
  })
  it('reads the media type without parameters', () => {
    expect(mediaType('Text/HTML; charset=utf-8')).toBe('text/html')
    expect(mediaType(undefined)).toBe('')
  })
})

describe('truncateLines', () => {
  it('keeps short text whole and cuts long text', () => {
    expect(truncateLines('a\nb', 2)).toEqual({ shown: 'a\nb', hiddenLines: 0 })
    expect(truncateLines('a\nb\nc\nd', 2)).toEqual({ shown: 'a\nb', hiddenLines: 2 })
  })
})

describe('cookies', () => {
  it('takes a Set-Cookie apart', () => {
    expect(parseSetCookie('as_session=k9Xq; Path=/; HttpOnly; Secure; SameSite=Lax')).toEqual({
      name: 'as_session',
      value: 'k9Xq',
      attributes: ['Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax'],
    })
  })
  it('reads a Cookie header', () => {
    expect(parseCookieHeader('as_session=k9Xq; theme=dark')).toEqual([
      ['as_session', 'k9Xq'],
      ['theme', 'dark'],
    ])
  })
})

describe('describeAuthorization', () => {
  it('decodes Basic client credentials (RFC 6749 §2.3.1 vector)', () => {
    expect(describeAuthorization('Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW')).toEqual({
      scheme: 'basic',
      clientId: 's6BhdRkqt3',
      clientSecret: 'gX1fBat3bV',
    })
  })
  it('form-urldecodes each half of Basic credentials', () => {
    const encoded = btoa('my%3Aclient:p%40ss+word')
    expect(describeAuthorization(`Basic ${encoded}`)).toEqual({
      scheme: 'basic',
      clientId: 'my:client',
      clientSecret: 'p@ss word',
    })
  })
  it('takes out a Bearer token', () => {
    expect(describeAuthorization('Bearer eyJ.a.b')).toEqual({ scheme: 'bearer', token: 'eyJ.a.b' })
  })
  it('leaves what it cannot read raw', () => {
    expect(describeAuthorization('Basic !!!')).toEqual({ scheme: 'other', raw: 'Basic !!!' })
    expect(describeAuthorization('Basic ' + btoa('nocolon'))).toMatchObject({ scheme: 'other' })
    expect(describeAuthorization('Negotiate')).toEqual({ scheme: 'other', raw: 'Negotiate' })
  })
})

describe('small readings', () => {
  it('knows which fields carry tokens', () => {
    expect(tokenKindOfField('access_token')).toBe('access_token')
    expect(tokenKindOfField('refresh_token')).toBe('refresh_token')
    expect(tokenKindOfField('code')).toBeUndefined()
  })
  it('classes status codes', () => {
    expect([200, 302, 400, 401, 503, 101].map(statusClass)).toEqual([
      'success',
      'redirect',
      'client-error',
      'client-error',
      'server-error',
      'informational',
    ])
  })
})
