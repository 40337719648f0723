import type { Page } from '@playwright/test'
import { expect, expectAccessible, test, expectNoSidewaysScroll } from './fixtures'

const ANSWERS = [
  [
    'A server-side web app, whose pages come from your server',
    'Authorization Code for a web server (confidential client)',
  ],
  ['A single-page app: JavaScript in the browser', 'Authorization Code with PKCE'],
  ['A mobile or desktop app', 'Authorization Code with PKCE'],
  ['A device without a browser or a keyboard: a TV, a picture frame', 'Device Authorization'],
  ['A service or a job with no user', 'Client Credentials'],
  ['I need to know who the user is', 'Sign-in with OpenID Connect'],
] as const

const guide = (page: Page) => page.getByRole('region', { name: 'Which flow should I use?' })

test('the guide answers each kind of app with a link, a reason and a spec', async ({ page }) => {
  await page.goto('/')
  await expect(guide(page).getByText('What are you building?')).toBeVisible()
  for (const [building, flow] of ANSWERS) {
    const answer = guide(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: building }) })
    await expect(answer.getByRole('link', { name: flow, exact: true })).toBeVisible()
    await expect(answer).toContainText('Spec:')
  }
  await expect(
    guide(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'I need to know who the user is' }) }),
  ).toContainText('OIDC Core §3.1.3.7')
  await expect(guide(page).getByRole('link', { name: 'Implicit grant (legacy)' })).toBeVisible()
  await expectAccessible(page, 'the catalogue with the guide')
})

test('a newcomer who needs to know who the user is lands on the OpenID Connect flow, by keyboard', async ({
  page,
  stepper,
}) => {
  await page.goto('/')
  await guide(page).getByRole('heading', { name: 'Which flow should I use?' }).click()
  // Tab walks the answers' links in reading order; Enter follows the one for sign-in.
  const reached: string[] = []
  for (let i = 0; i < 12 && !reached.includes('Sign-in with OpenID Connect'); i++) {
    await page.keyboard.press('Tab')
    reached.push((await page.evaluate(() => document.activeElement?.textContent ?? '')).trim())
  }
  expect(reached).toEqual(ANSWERS.map(([, flow]) => flow))
  await page.keyboard.press('Enter')
  await stepper.expectStep(1, 'Printshop prepares a sign-in: PKCE, state and a nonce')
})

test('the guide at phone width: readable, accessible, nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await expect(guide(page).getByRole('heading', { name: 'A mobile or desktop app' })).toBeVisible()
  await expectAccessible(page, 'the guide at 390 px')
  await expectNoSidewaysScroll(page)
  await guide(page).getByRole('link', { name: 'Device Authorization' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/flows\/device-authorization/)
})

test.describe('the comparison of two flows', () => {
  test.setTimeout(90_000)

  test('code + PKCE vs implicit: where the tokens travel and what the history gives away', async ({
    page,
  }) => {
    await page.goto('/')
    await guide(page).getByRole('link', { name: 'Code with PKCE vs implicit' }).click()
    await expect(page).toHaveURL(/\/compare\?a=authorization-code-pkce&b=implicit$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Compare two flows' })).toBeVisible()
    // The runs take a moment ("Running both flows…", too brief to catch reliably), then say so.
    const history = page.getByRole('region', {
      name: 'What an attacker who reads the browser history gets',
    })
    await expect(history).toBeVisible({ timeout: 30_000 })
    await expect(
      page.getByRole('status').filter({ hasText: 'Both flows ran to their end' }),
    ).toHaveCount(1)
    await expect(history).toContainText(
      'Nothing usable: only an authorization code, spent or useless on its own.',
    )
    await expect(history).toContainText(
      'Something that works: an access token, in plain view in a URL.',
    )
    await expect(history).toContainText('https://legacy.printshop.example/callback#access_token=')
    await expect(history).toContainText('worthless without the code_verifier')

    const travel = page.getByRole('region', { name: 'Where codes and tokens travel' })
    const columns = travel.locator('.grid > div')
    await expect(columns.nth(0)).toContainText('access tokenBack channel')
    await expect(columns.nth(1)).toContainText('access tokenFront channel')
    await expect(columns.nth(1)).toContainText('in a redirect’s fragment')
    await expect(columns.nth(1)).not.toContainText('refresh token')

    const steps = page.getByRole('region', { name: 'The steps' })
    await expect(steps).toContainText('The app’s own script reads the fragment: no library will')
    await expect(steps).toContainText('The client trades the code and verifier at /token')
    await expectAccessible(page, 'code + PKCE vs implicit')
  })

  test('confidential vs public client, picked with the form by keyboard', async ({ page }) => {
    await page.goto('/compare')
    await expect(page.getByRole('region', { name: 'The steps' })).toBeVisible({ timeout: 30_000 })
    await page.getByLabel('First flow').selectOption('authorization-code-confidential')
    await page.getByLabel('Second flow').selectOption('authorization-code-pkce')
    await page.getByRole('button', { name: 'Compare' }).focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/a=authorization-code-confidential&b=authorization-code-pkce/)
    const secrets = page.getByRole('region', { name: 'Which secrets each party holds' })
    await expect(secrets).toBeVisible({ timeout: 30_000 })
    const [confidential, spa] = [
      secrets.locator('.grid > div').nth(0),
      secrets.locator('.grid > div').nth(1),
    ]
    await expect(confidential).toContainText('a client secret')
    await expect(confidential).toContainText('kept on its server')
    await expect(spa).not.toContainText('a client secret')
    await expect(spa).toContainText('At risk: the client’s tokens')
    const glance = page.getByRole('region', { name: 'At a glance' })
    await expect(glance).toContainText('The client runs on a server')
    await expect(glance).toContainText('The client runs in the browser')
    await expect(page.getByLabel('First flow')).toHaveValue('authorization-code-confidential')
    await expectAccessible(page, 'confidential vs public')
  })

  test('says what is wrong with a choice it cannot compare', async ({ page }) => {
    await page.goto('/compare?a=nope&b=implicit')
    await expect(page.getByRole('alert')).toHaveText(
      'There is no flow called “nope”. Pick two flows.',
    )
    await page.goto('/compare?a=implicit&b=implicit')
    await expect(page.getByRole('alert')).toHaveText('Pick two different flows to compare.')
  })

  test('at phone width: one flow above the other, accessible, nothing scrolls sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/compare?a=password&b=authorization-code-confidential')
    const history = page.getByRole('region', {
      name: 'What an attacker who reads the browser history gets',
    })
    await expect(history).toContainText('Nothing: no browser takes part in this flow.', {
      timeout: 30_000,
    })
    const secrets = page.getByRole('region', { name: 'Which secrets each party holds' })
    await expect(secrets).toContainText('At risk: Alice’s password')
    await expectAccessible(page, 'password vs confidential at 390 px')
    await expectNoSidewaysScroll(page)
  })
})
