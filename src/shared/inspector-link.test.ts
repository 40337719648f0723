import { describe, expect, it } from 'vitest'
import { inspectorHref, parseInspectorFragment } from './inspector-link'

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'

describe('inspectorHref', () => {
  it('puts a bare token in the fragment, unescaped (base64url and dots need no escaping)', () => {
    expect(inspectorHref(JWT)).toBe(`/inspect#token=${JWT}`)
  })

  it('adds each context field under its fragment name, in a fixed order, skipping empty ones', () => {
    const href = inspectorHref('a.b.c', {
      kind: 'id_token',
      issuer: 'https://auth.photos.example',
      clientId: 'photo-spa',
      nonce: 'n-0S6_WzA2Mj',
      accessToken: 'x.y.z',
      requestedScope: 'openid photos.read',
      grantedScope: '',
      source: 'Authorization Code + PKCE, step 8',
    })
    expect(href).toBe(
      '/inspect#token=a.b.c&kind=id_token&iss=https%3A%2F%2Fauth.photos.example&client_id=photo-spa' +
        '&nonce=n-0S6_WzA2Mj&access_token=x.y.z&scope_requested=openid+photos.read' +
        '&from=Authorization+Code+%2B+PKCE%2C+step+8',
    )
  })
})

describe('parseInspectorFragment', () => {
  it('round-trips every context field', () => {
    const context = {
      kind: 'access_token' as const,
      issuer: 'https://auth.photos.example',
      audience: 'https://api.photos.example',
      clientId: 'printshop',
      nonce: 'abc&def=ghi',
      accessToken: 'tok+en/with=odd chars',
      requestedScope: 'openid photos.read photos.write',
      grantedScope: 'openid photos.read',
      source: 'step 8 & more',
    }
    const hash = new URL(inspectorHref(JWT, context), 'https://lab.example').hash
    expect(parseInspectorFragment(hash)).toEqual({ status: 'ok', token: JWT, context, ignored: [] })
  })

  it('accepts a hash with or without the leading #', () => {
    expect(parseInspectorFragment(`token=${JWT}`)).toEqual({
      status: 'ok',
      token: JWT,
      context: {},
      ignored: [],
    })
    expect(parseInspectorFragment(`#token=${JWT}`)).toEqual({
      status: 'ok',
      token: JWT,
      context: {},
      ignored: [],
    })
  })

  it('treats no fragment as empty', () => {
    expect(parseInspectorFragment('')).toEqual({ status: 'empty' })
    expect(parseInspectorFragment('#')).toEqual({ status: 'empty' })
  })

  it('lists unknown parameters as ignored instead of failing', () => {
    expect(parseInspectorFragment('#token=a.b.c&utm_source=mail')).toEqual({
      status: 'ok',
      token: 'a.b.c',
      context: {},
      ignored: ['utm_source'],
    })
  })

  it.each([
    [
      '#kind=id_token',
      'The link has a fragment but no "token=" parameter, so there is no token to inspect.',
    ],
    [
      '#token=&kind=id_token',
      'The link\'s "token=" parameter is empty, so there is no token to inspect.',
    ],
    [
      '#token=a.b.c&token=d.e.f',
      'The link\'s fragment names "token" twice; a link carries each parameter once.',
    ],
    [
      '#token=a.b.c&kind=jwt',
      'The link says kind="jwt", which is not a token kind the inspector knows (expected access_token, id_token, refresh_token).',
    ],
    [
      '#token=a.b.c&nonce=50%ZZ',
      'The link\'s fragment is malformed: parameter 2 ("nonce=50%ZZ") has a "%" that is not followed by two hex digits.',
    ],
    [
      '#token=ey%FFJhbGc.e30.',
      'The link\'s fragment is not valid UTF-8: in parameter 1 ("token=ey%FFJhbGc.e30."), the escapes starting at character 3 ("%FF") do not spell a UTF-8 character. A link the lab writes never has them: it was probably cut short or edited.',
    ],
    [
      '#kind=id_token&token=caf%C3%A9%C3',
      'The link\'s fragment is not valid UTF-8: in parameter 2 ("token=caf%C3%A9%C3"), the escapes starting at character 4 ("%C3%A9%C3") do not spell a UTF-8 character. A link the lab writes never has them: it was probably cut short or edited.',
    ],
  ])('explains a malformed fragment %s', (hash, message) => {
    expect(parseInspectorFragment(hash)).toEqual({ status: 'error', message })
  })

  it('reads well-formed UTF-8 escapes, and a 200 kB token, as they are', () => {
    expect(parseInspectorFragment('#token=caf%C3%A9')).toMatchObject({ token: 'café' })
    const token = `eyJhbGciOiJIUzI1NiJ9.${'A'.repeat(200_000)}.sig`
    expect(parseInspectorFragment(`#token=${token}`)).toMatchObject({ status: 'ok', token })
  })
})
