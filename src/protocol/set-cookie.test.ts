import { describe, expect, it } from 'vitest'
import { attachSetCookies, setCookiesOf } from './set-cookie'

describe('Set-Cookie on script-made responses', () => {
  it('reads cookies attached to a response whose headers lost them (as in a browser)', () => {
    const response = attachSetCookies(new Response(null, { status: 303 }), ['as_session=abc; Path=/; Secure; HttpOnly'])
    expect(setCookiesOf(response)).toEqual(['as_session=abc; Path=/; Secure; HttpOnly'])
  })

  it('returns each cookie once when the headers kept them too (as in Node)', () => {
    const response = new Response(null, { headers: [['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']] })
    attachSetCookies(response, ['a=1', 'b=2'])
    expect(setCookiesOf(response)).toEqual(['a=1', 'b=2'])
  })

  it('is empty for a response that sets no cookie', () => {
    expect(setCookiesOf(new Response('ok'))).toEqual([])
  })
})
