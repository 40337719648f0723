import { describe, expect, it } from 'vitest'
import { withIntendedRequestHeaders, withIntendedSetCookies } from './script-headers'

/** What a browser does to a script-made message: the forbidden headers are gone. */
function asInBrowser<T extends Request | Response>(message: T, dropped: string[]): T {
  const headers = new Headers(message.headers)
  for (const name of dropped) headers.delete(name)
  Object.defineProperty(message, 'headers', { value: headers, configurable: true })
  return message
}

describe('headers browsers strip from script-made messages', () => {
  it('puts back Cookie and Origin a page’s Request lost, keeping the rest', () => {
    const intended = new Headers({
      Accept: 'text/html',
      Cookie: 'as_session=abc',
      Origin: 'https://auth.photos.example',
    })
    const request = asInBrowser(
      new Request('https://auth.photos.example/consent', { headers: intended }),
      ['cookie', 'origin'],
    )
    expect(request.headers.get('cookie')).toBeNull()
    const kept = withIntendedRequestHeaders(request, intended)
    expect(kept).toBe(request)
    expect([...kept.headers]).toEqual([
      ['accept', 'text/html'],
      ['cookie', 'as_session=abc'],
      ['origin', 'https://auth.photos.example'],
    ])
  })

  it('puts back Set-Cookie a page’s Response lost, once per cookie', () => {
    const intended = new Headers([
      ['Location', '/consent'],
      ['Set-Cookie', 'a=1; Secure'],
      ['Set-Cookie', 'b=2'],
    ])
    const response = asInBrowser(new Response(null, { status: 303, headers: intended }), [
      'set-cookie',
    ])
    expect(withIntendedSetCookies(response, intended).headers.getSetCookie()).toEqual([
      'a=1; Secure',
      'b=2',
    ])
  })

  it('leaves messages alone where the platform kept the headers (Node)', () => {
    const intended = new Headers([['Set-Cookie', 'a=1']])
    const response = new Response(null, { headers: intended })
    const before = response.headers
    expect(withIntendedSetCookies(response, intended).headers).toBe(before)
    expect(response.headers.getSetCookie()).toEqual(['a=1'])
    const request = new Request('https://x.example/', { headers: { Cookie: 'c=1' } })
    expect(
      withIntendedRequestHeaders(request, new Headers({ Cookie: 'c=1' })).headers.get('cookie'),
    ).toBe('c=1')
  })
})
