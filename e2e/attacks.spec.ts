import { expect, expectAccessible, test, TRACE_WITHOUT_SNAPSHOTS, type Stepper } from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

/** One end of a scenario: its last step, and what the learner must see there. */
interface End {
  steps: number
  title: string
  /** Facts of the last step (label, text), from the servers' or the client's real answer. */
  facts: readonly (readonly [string | RegExp, string | RegExp])[]
  /** What the HTTP panel of the last step shows. */
  http?: string
  /** What Mallory's own window shows at the end. */
  mallory?: string
}

interface Scenario {
  id: string
  first: string
  /** The defence's switches, by the start of their accessible names. */
  switches: readonly string[]
  /** Mallory's window: her screen or her browser. */
  malloryWindow: string
  blocked: End
  succeeded: End
}

const SCENARIOS: readonly Scenario[] = [
  {
    id: 'attack-code-interception',
    first: 'The Printshop app prepares its authorization request',
    switches: ['PKCE'],
    malloryWindow: "Mallory's app",
    blocked: {
      steps: 5,
      title: 'The token endpoint refuses: the code needs the app’s verifier',
      facts: [
        ['refused by', 'the authorization server, at its token endpoint'],
        [/^error$/, 'invalid_request'],
        ['error_description', /code_verifier is missing/],
      ],
      http: '400 Bad Request',
      mallory: 'refused: invalid_request',
    },
    succeeded: {
      steps: 7,
      title: 'Mallory’s app downloads Alice’s photos',
      facts: [['album of', 'alice']],
      http: '200 OK',
      mallory: 'Alice’s access token',
    },
  },
  {
    id: 'attack-csrf',
    first: 'Mallory gets a code for her own account',
    switches: ['state', 'PKCE'],
    malloryWindow: "Mallory's browser",
    blocked: {
      steps: 5,
      title: 'The app refuses the callback: the state is not Alice’s',
      facts: [
        ['refused by', 'the Printshop web app (the client)'],
        ['oauth4webapi says', 'unexpected "state" response parameter value'],
      ],
    },
    succeeded: {
      steps: 7,
      title: 'Alice’s Printshop is connected to Mallory’s account',
      facts: [
        ['album of', 'mallory'],
        ['Mallory gains', 'Alice’s Printshop session, linked to Mallory’s account'],
      ],
      http: '200 OK',
    },
  },
  {
    id: 'attack-redirect-uri',
    first: 'Mallory crafts a sign-in link with her own redirect URI',
    switches: ['Exact redirect URI matching'],
    malloryWindow: "Mallory's laptop",
    blocked: {
      steps: 3,
      title: 'The authorization server refuses with an error page, and no redirect',
      facts: [
        ['refused by', 'the authorization server, at its authorization endpoint'],
        [/^error$/, 'invalid_request'],
        ['error_description', /is not registered for client photo-spa/],
      ],
      http: '400 Bad Request',
      mallory: 'Nothing yet',
    },
    succeeded: {
      steps: 8,
      title: 'Mallory holds Alice’s token and her photos',
      facts: [['album of', 'alice']],
      mallory: 'From her server log, Alice’s code',
    },
  },
  {
    id: 'attack-refresh-replay',
    first: 'Earlier: Alice connected the Printshop web app',
    switches: ['Refresh token rotation'],
    malloryWindow: "Mallory's laptop",
    blocked: {
      steps: 6,
      title: 'Theft detected: the stolen refresh token is dead',
      facts: [
        [/^error$/, 'invalid_grant'],
        ['error_description', /already used/],
      ],
      http: '400 Bad Request',
      mallory: '(revoked)',
    },
    succeeded: {
      steps: 6,
      title: 'Mallory holds Alice’s photos, and a refresh token that keeps working',
      facts: [['album of', 'alice']],
      mallory: 'A fresh access token',
    },
  },
  {
    id: 'attack-implicit-leak',
    first: 'Alice connects Printshop on a shared computer',
    switches: ['Authorization code flow'],
    malloryWindow: "Mallory's laptop",
    blocked: {
      steps: 6,
      title: 'The token endpoint refuses: the code is worthless to Mallory',
      facts: [
        ['refused by', 'the authorization server, at its token endpoint'],
        [/^status$/, '400'],
      ],
      http: '400 Bad Request',
      mallory: 'From the history, a spent code',
    },
    succeeded: {
      steps: 5,
      title: 'Mallory holds Alice’s token and her photos',
      facts: [['album of', 'alice']],
      mallory: 'From the history, Alice’s access token',
    },
  },
  {
    id: 'attack-audience',
    first: 'Earlier: Alice let the Printshop web app read her photos',
    switches: ['Audience check at the calendar API'],
    malloryWindow: "Mallory's laptop",
    blocked: {
      steps: 4,
      title: 'The calendar API refuses: the token is not for it',
      facts: [
        ['refused by', 'the calendar API (a resource server)'],
        [/^error$/, 'invalid_token'],
        ['error_description', /not https:\/\/api\.calendar\.example/],
      ],
      http: '401 Unauthorized',
    },
    succeeded: {
      steps: 4,
      title: 'The calendar API gives Mallory Alice’s calendar',
      facts: [['calendar of', 'alice']],
      http: '200 OK',
      mallory: 'Tea with the Hatter',
    },
  },
  {
    id: 'attack-mix-up',
    first: 'Alice picks Mallory’s photo cloud, which bounces her to auth.photos.example',
    switches: ['iss check at the client'],
    malloryWindow: "Mallory's server log",
    blocked: {
      steps: 4,
      title: 'The app refuses the answer: another issuer sent it',
      facts: [
        ['refused by', 'the Printshop web app (the client)'],
        ['oauth4webapi says', 'unexpected "iss" (issuer) response parameter value'],
      ],
      mallory: 'Nothing yet',
    },
    succeeded: {
      steps: 7,
      title: 'Mallory holds Alice’s token and her photos',
      facts: [['album of', 'alice']],
      mallory: 'and its code_verifier',
    },
  },
]

/** Presses → (or the Next button on a phone) until the last step, and checks what it shows. */
async function runToEnd(stepper: Stepper, end: End, outcome: string, byButton = false) {
  for (let n = 2; n <= end.steps; n++) {
    if (byButton) await stepper.nextButton.click()
    else await stepper.page.keyboard.press('ArrowRight')
    await expect(stepper.currentStep).toContainText(String(n), { timeout: 15_000 })
  }
  await stepper.expectStep(end.steps, end.title)
  await expect(stepper.panel).toContainText(outcome)
  for (const [label, text] of end.facts) await expect(stepper.fact(label)).toContainText(text)
  if (end.http) await expect(stepper.http).toContainText(end.http)
  await expect(stepper.nextButton).toBeDisabled()
}

/** Flips each of the scenario's switches off in the page; each flip starts a fresh run. */
async function turnDefenceOff(stepper: Stepper, scenario: Scenario) {
  for (const name of scenario.switches) {
    const toggle = stepper.page.getByRole('switch', { name: new RegExp(`^${name}: on`) })
    await toggle.click()
    await expect(
      stepper.page.getByRole('switch', { name: new RegExp(`^${name}: off`) }),
    ).toHaveAttribute('aria-checked', 'false')
    await stepper.expectStep(1, scenario.first)
  }
}

for (const scenario of SCENARIOS) {
  test(`${scenario.id}: blocked with the defence, succeeds when the switch turns it off`, async ({
    stepper,
    page,
  }) => {
    test.setTimeout(120_000)
    await stepper.open(scenario.id)
    await stepper.expectStep(1, scenario.first)
    await runToEnd(stepper, scenario.blocked, 'Attack blocked')
    const mallory = stepper.region(scenario.malloryWindow)
    if (scenario.blocked.mallory) await expect(mallory).toContainText(scenario.blocked.mallory)
    await expectAccessible(page, `${scenario.id}, attack blocked`)

    await turnDefenceOff(stepper, scenario)
    await expect(page).toHaveURL(/[?&]switches=/)
    await runToEnd(stepper, scenario.succeeded, 'Attack succeeded')
    if (scenario.succeeded.mallory) await expect(mallory).toContainText(scenario.succeeded.mallory)
    await expectAccessible(page, `${scenario.id}, attack succeeded`)
  })
}

test('refresh replay the other way round: Mallory refreshes first, and the app’s refusal gives her away', async ({
  stepper,
  page,
}) => {
  await stepper.open('attack-refresh-replay', '?step=2')
  await stepper.expectStep(2, 'A script Mallory slipped into the page sends her the refresh token')
  await stepper.choice('Mallory refreshes first').focus()
  await page.keyboard.press('Enter')
  await stepper.expectStep(3, 'Mallory refreshes first, before the app')
  await expect(stepper.http).toContainText('200 OK')
  await stepper.nextByKey(
    4,
    'An hour later, the app’s refresh is refused: its token was already used',
  )
  await expect(stepper.http).toContainText('invalid_grant')
  await stepper.nextByKey(5, 'Mallory’s new refresh token is refused: the grant is revoked')
  await stepper.nextByKey(6, 'Theft detected the other way round: Mallory’s refresh token is dead')
  await expect(stepper.panel).toContainText('Attack blocked')
  await expect(stepper.region("Mallory's laptop")).toContainText('Her own new refresh token')
  await expect(stepper.region("Mallory's laptop")).toContainText('(revoked)')
  await expectAccessible(page, 'refresh replay, Mallory first')
})

test('the refusal and the theft are the same request: the code interception’s POST /token', async ({
  stepper,
}) => {
  await stepper.open('attack-code-interception', '?step=4')
  await stepper.expectStep(4, 'Mallory’s app trades the code at the token endpoint')
  await expect(stepper.http).toContainText('400 Bad Request')
  await stepper.open('attack-code-interception', '?switches=pkce:off&step=4')
  await stepper.expectStep(4, 'Mallory’s app trades the code at the token endpoint')
  await expect(stepper.http).toContainText('200 OK')
  // A link with ?switches= counts its steps along that run: step 7 exists only without PKCE.
  await stepper.open('attack-code-interception', '?switches=pkce:off&step=7')
  await stepper.expectStep(7, 'Mallory’s app downloads Alice’s photos')
  await expect(stepper.page.getByRole('switch', { name: /^PKCE: off/ })).toBeVisible()
  await expect(
    stepper.region("Mallory's app").getByRole('img', { name: 'Christ Church Meadow at dawn' }),
  ).toBeVisible()
})

test('the catalogue’s Attacks section: a card per scenario, its defence, a run with and without it', async ({
  page,
  stepper,
}) => {
  await page.goto('/')
  const attacks = page.getByRole('region', { name: 'Attacks' })
  await expect(attacks.getByRole('article')).toHaveCount(SCENARIOS.length)
  await expect(attacks).toContainText('Defence: refresh token rotation with reuse detection')
  // Attack scenarios are not listed among the flows, and each flow links to the attacks on it.
  const flows = page.locator('ul').first()
  await expect(flows.getByRole('heading', { name: /^Attack:/ })).toHaveCount(0)
  const pkceCard = page.getByRole('article').filter({
    has: page.getByRole('heading', { name: 'Authorization Code with PKCE' }),
  })
  await expect(
    pkceCard.getByRole('link', { name: 'A malicious app intercepts the code' }),
  ).toBeVisible()
  const refreshCard = page.getByRole('article').filter({
    has: page.getByRole('heading', { name: 'Refresh Token: rotation and revocation' }),
  })
  await expect(
    refreshCard.getByRole('link', { name: /replays a stolen refresh token/ }),
  ).toBeVisible()
  await expectAccessible(page, 'the catalogue with its attacks')

  await page
    .getByRole('link', {
      name: 'Run Attack: mix-up with Mallory’s authorization server, without the defence',
    })
    .click()
  await stepper.expectStep(
    1,
    'Alice picks Mallory’s photo cloud, which bounces her to auth.photos.example',
  )
  await expect(page.getByRole('switch', { name: /^iss check at the client: off/ })).toBeVisible()
  await expect(stepper.timeline.getByRole('link')).toHaveCount(7)
})

test('a flow’s page links to the attacks on it, and an attack’s page back to its flows', async ({
  page,
  stepper,
}) => {
  await page.goto('/flows/implicit')
  await stepper.expectStep(1, 'The legacy app builds an implicit authorization request')
  const attacks = page.getByRole('navigation', { name: 'Attacks on this flow' })
  await attacks
    .getByRole('link', {
      name: 'The implicit grant leaves Alice’s token in the history',
      exact: true,
    })
    .click()
  await stepper.expectStep(1, 'Alice connects Printshop on a shared computer')
  const targets = page.getByRole('navigation', { name: 'The flows this attack works against' })
  await expect(targets.getByRole('link')).toHaveText([
    'Implicit grant (legacy)',
    'Authorization Code with PKCE',
  ])
  await expectAccessible(page, 'an attack with the flows it works against')
  await targets.getByRole('link', { name: 'Implicit grant (legacy)' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Implicit grant (legacy)')
})

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  for (const id of ['attack-csrf', 'attack-refresh-replay']) {
    const scenario = SCENARIOS.find((candidate) => candidate.id === id)!
    test(`${id}: both outcomes with the bottom bar, accessible`, async ({ stepper, page }) => {
      test.setTimeout(120_000)
      await stepper.open(id)
      await stepper.expectStep(1, scenario.first)
      await runToEnd(stepper, scenario.blocked, 'Attack blocked', true)
      await expectAccessible(page, `${id} at phone width, blocked`)
      await turnDefenceOff(stepper, scenario)
      await runToEnd(stepper, scenario.succeeded, 'Attack succeeded', true)
      await expectAccessible(page, `${id} at phone width, succeeded`)
    })
  }
})
