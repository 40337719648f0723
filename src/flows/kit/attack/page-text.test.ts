import { describe, expect, it } from 'vitest'
import { createLab } from '../../../wire/lab'
import { errorPageText } from './page-text'

describe('reading an error page', () => {
  it('finds the alert and the error code on the authorization server’s own page', async () => {
    const lab = createLab()
    const page = await lab
      .browser()
      .navigate(
        'https://auth.photos.example/authorize?response_type=code&client_id=photo-spa&redirect_uri=https%3A%2F%2Fmallory.example%2F',
      )
    expect(page.status).toBe(400)
    const said = errorPageText(page.body)
    expect(said.code).toBe('invalid_request')
    expect(said.alert).toContain('https://mallory.example/ is not registered for client photo-spa')
  })

  it('reads nested markup and entities, and nothing from a page without them', () => {
    expect(
      errorPageText(
        '<p role="alert">A <b>bold</b> &amp; plain</p><p><code>x</code> <code>y</code>',
      ),
    ).toEqual({ alert: 'A bold & plain', code: 'x' })
    expect(errorPageText('<p>fine</p>')).toEqual({})
  })
})
