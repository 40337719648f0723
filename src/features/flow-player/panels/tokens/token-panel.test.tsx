import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { generateKeyPair, SignJWT } from 'jose'
import { TokenPanel } from './token-panel'

const NOW = Date.UTC(2026, 10, 28, 16, 0, 0)
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')

describe('TokenPanel', () => {
  it('says when no token was issued yet', () => {
    expect(
      text(
        renderToStaticMarkup(
          <MemoryRouter>
            <TokenPanel tokens={[]} nowMs={NOW} />
          </MemoryRouter>,
        ),
      ),
    ).toContain('No tokens yet')
  })

  it('shows decoded claims with dates, explains opaque tokens, and links each token to the inspector', async () => {
    const { privateKey } = await generateKeyPair('ES256')
    const access = await new SignJWT({ scope: 'photos.read', client_id: 'photo-spa' })
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt' })
      .setIssuer('https://auth.photos.example')
      .setAudience('https://api.photos.example')
      .setExpirationTime(NOW / 1000 + 300)
      .sign(privateKey)
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <TokenPanel
          nowMs={NOW}
          tokens={[
            {
              kind: 'access_token',
              label: 'Access token',
              value: access,
              seq: 6,
              carrier: 'token response',
              context: { kind: 'access_token', clientId: 'photo-spa' },
              step: 8,
            },
            {
              kind: 'refresh_token',
              label: 'Refresh token',
              value: 'rt-opaque',
              seq: 6,
              carrier: 'token response',
              context: { kind: 'refresh_token' },
              step: 9,
            },
          ]}
        />
      </MemoryRouter>,
    )
    const shown = text(html)
    expect(shown).toContain('Access token JWT · in the token response, step 8')
    expect(shown).toContain('typ at+jwt')
    expect(shown).toContain('aud Audience (who may accept it) https://api.photos.example')
    expect(shown).toContain('scope Scope granted photos.read')
    expect(shown).toContain('2026-11-28 16:05:00Z in 5 min')
    expect(shown).toContain('Refresh token opaque · in the token response, step 9')
    expect(shown).toContain('This refresh token is opaque')
    expect(html).toContain(
      `href="/inspect#token=${access}&amp;kind=access_token&amp;client_id=photo-spa"`,
    )
    expect(html).toContain('href="/inspect#token=rt-opaque&amp;kind=refresh_token"')
  })
})
