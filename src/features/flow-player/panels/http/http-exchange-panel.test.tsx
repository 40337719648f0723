import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { exchange } from '../testing/exchange-fixtures'
import { HttpExchangePanel } from './http-exchange-panel'

const numbered = {
  numberOf: (e: { seq: number }) =>
    e.seq === 1 ? { request: '2', response: '2' } : { request: '8', response: '9' },
  nameOf: (role: string) => ({ 'user-agent': "Alice's browser" })[role] ?? `the ${role}`,
}
const render = (element: React.ReactElement) =>
  renderToStaticMarkup(<MemoryRouter>{element}</MemoryRouter>)
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')

describe('HttpExchangePanel', () => {
  it('says why there is no HTTP on a local step', () => {
    expect(
      text(
        render(
          <HttpExchangePanel
            {...numbered}
            exchanges={[]}
            emptyText="No HTTP this step: the client computed the PKCE verifier locally."
          />,
        ),
      ),
    ).toContain('No HTTP this step: the client computed the PKCE verifier locally.')
  })

  it('shows the request line, the decoded query, the redirect and its decoded Location', () => {
    const authorize = exchange(
      1,
      {
        url: 'https://auth.photos.example/authorize?response_type=code&redirect_uri=https%3A%2F%2Fprintshop.example%2Fcallback&state=s%2B1',
      },
      {
        status: 302,
        headers: [
          ['location', '/login?request_id=r1'],
          ['set-cookie', 'as_session=k9; Path=/; HttpOnly'],
        ],
      },
      { from: 'user-agent', channel: 'front' },
    )
    const shown = text(
      render(
        <HttpExchangePanel
          {...numbered}
          exchanges={[{ ...authorize, response: { ...authorize.response, statusText: 'Found' } }]}
        />,
      ),
    )
    expect(shown).toContain("Step 2 Alice's browser → the authorization-server")
    expect(shown).toContain('front channel (via the browser)')
    expect(shown).toContain('GET /authorize')
    expect(shown).toContain('redirect_uri https://printshop.example/callback')
    expect(shown).toContain('state s+1')
    expect(shown).toContain('302 Found')
    expect(shown).toContain('Redirect to https://auth.photos.example/login')
    expect(shown).toContain('request_id r1')
    expect(shown).toContain('as_session k9 Path=/; HttpOnly')
  })

  it('decodes form bodies and Basic credentials, and links tokens to the inspector', () => {
    const token = exchange(
      2,
      {
        method: 'POST',
        url: 'https://auth.photos.example/token',
        headers: [
          ['authorization', 'Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW'],
          ['content-type', 'application/x-www-form-urlencoded'],
        ],
        body: 'grant_type=authorization_code&code=Splx%2FlO',
      },
      {
        headers: [['content-type', 'application/json']],
        body: '{"access_token":"AT.x.y","token_type":"Bearer"}',
      },
    )
    const html = render(<HttpExchangePanel {...numbered} exchanges={[token]} focus="request" />)
    const shown = text(html)
    expect(shown).toContain('Step 8')
    expect(shown).toContain('Told in step 9')
    expect(shown).toContain('client_id s6BhdRkqt3')
    expect(shown).toContain('client_secret gX1fBat3bV')
    expect(shown).toContain('code Splx/lO')
    expect(shown).toContain('"access_token": "AT.x.y"')
    expect(html).toContain('href="/inspect#token=AT.x.y&amp;kind=access_token"')
  })

  it.each([
    ['Bearer', 'Bearer token (RFC 6750 §2.1)'],
    ['DPoP', 'DPoP token (RFC 9449 §7.1)'],
  ])('names a %s token in the Authorization header with its section', (scheme, label) => {
    const call = exchange(
      1,
      {
        url: 'https://api.photos.example/photos',
        headers: [['authorization', `${scheme} eyJ.a.b`]],
      },
      {},
      { to: 'resource-server' },
    )
    expect(text(render(<HttpExchangePanel {...numbered} exchanges={[call]} />))).toContain(
      `Authorization: ${label}`,
    )
  })
})
