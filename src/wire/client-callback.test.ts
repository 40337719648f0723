import { describe, expect, it } from 'vitest'
import { LEGACY_APP_CLIENT, PRINTSHOP_CLIENT } from '../protocol/demo-world.ts'
import { createClientCallbackRoute } from './client-callback.ts'
import { createLab } from './lab.ts'

const visit = async (route: ReturnType<typeof createClientCallbackRoute>, url: string) =>
  (await route.fetch(new Request(url))).text()

describe('the client callback page', () => {
  it('says a request without parameters carried none, instead of claiming a response arrived', async () => {
    const route = createClientCallbackRoute('https://legacy.example', {
      clientName: 'Legacy',
      nextStep: 'The script reads the fragment.',
    })
    // The browser drops the fragment from the request (RFC 3986 §3.5): the server gets a bare URL.
    const page = await visit(route, 'https://legacy.example/callback')
    expect(page).toContain('<title>Legacy: the callback page</title>')
    expect(page).toContain('The request that reached Legacy carried no parameters.')
    expect(page).not.toContain('received the authorization response')
    expect(page).toContain('The script reads the fragment.')
  })

  it('names what the client expected in an error’s lead', async () => {
    const route = createClientCallbackRoute('https://legacy.example', {
      clientName: 'Legacy',
      expects: 'a token',
    })
    const page = await visit(route, 'https://legacy.example/callback?error=access_denied')
    expect(page).toContain('The authorization server sent Legacy an error instead of a token.')
  })
})

describe('the lab’s callback pages', () => {
  it('tell an implicit-only client’s page apart from a code client’s', async () => {
    const lab = createLab()
    const legacy = await visit(lab.callbacks['legacy-app']!, LEGACY_APP_CLIENT.redirectUri)
    expect(legacy).toContain(
      'Legacy Printshop app’s page script now reads the access token from the URL’s fragment (location.hash), which the browser never sends to this server.',
    )
    const refused = await visit(
      lab.callbacks['legacy-app']!,
      `${LEGACY_APP_CLIENT.redirectUri}?error=unsupported_response_type`,
    )
    expect(refused).toContain('an error instead of a token.')
    const printshop = await visit(
      lab.callbacks.printshop!,
      `${PRINTSHOP_CLIENT.redirectUri}?code=c`,
    )
    expect(printshop).toContain('Printshop’s server now checks that state matches')
  })
})
