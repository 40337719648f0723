import { expect, expectAccessible, test, TRACE_WITHOUT_SNAPSHOTS } from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test.describe(`presenting at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size })

    test('F presents the flow on one screen: big type, the diagram on half of it, the one panel the step needs', async ({
      stepper,
      page,
    }) => {
      test.setTimeout(60_000) // axe on the page and inside the login page's frame, at two steps
      await stepper.open('authorization-code-pkce', '?step=3')
      await stepper.expectStep(3, 'The authorization server shows its login page')
      await page.keyboard.press('f')
      const stage = page.getByRole('region', { name: 'Presenting Authorization Code with PKCE' })
      await expect(stage).toBeVisible()
      await expect(page.getByRole('banner')).toBeHidden()
      await expect(page.getByText('Keys:')).toBeHidden()
      // The whole screen: the Fullscreen API, entered from the key press.
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true)

      // The diagram redraws for the new size: measure once its message label is back.
      await expect(stage.locator('.react-flow__edgelabel-renderer .font-mono')).toBeVisible()
      const measure = () =>
        page.evaluate(() => {
          const narration = document.querySelector('#step-title + p, #step-title ~ p:last-of-type')
          const diagram = document.querySelector('.flow-diagram')!.getBoundingClientRect()
          // Between two steps the diagram may be redrawing, its label not there yet: no size then.
          const viewport = document.querySelector('.react-flow__viewport')
          const label = document.querySelector('.react-flow__edgelabel-renderer .font-mono')
          const zoom = viewport && new DOMMatrix(getComputedStyle(viewport).transform).a
          return {
            scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
            narrationPx: parseFloat(getComputedStyle(narration!).fontSize),
            labelPx: label && zoom ? parseFloat(getComputedStyle(label).fontSize) * zoom : null,
            diagramShare:
              (diagram.width * diagram.height) / (window.innerWidth * window.innerHeight),
            stageBottom: document.querySelector('[aria-label^="Presenting"]')!.scrollHeight,
          }
        })
      const shown = await measure()
      expect(shown.scrolls).toBe(false)
      expect(shown.stageBottom).toBeLessThanOrEqual(size.height)
      expect(shown.diagramShare).toBeGreaterThanOrEqual(0.5)
      // 32 px narration and 20 px diagram labels at 1920, scaled with the screen below it.
      const scale = size.width / 1920
      expect(shown.narrationPx).toBeGreaterThanOrEqual(32 * scale)
      expect(shown.labelPx).toBeGreaterThanOrEqual(20 * scale)

      // The one panel: the server's page for a front-channel step…
      await expect(
        stage.frameLocator('iframe').getByRole('heading', { name: 'Sign in' }),
      ).toBeVisible()
      await expectAccessible(page, `presenting at ${size.width}`)
      // …the raw request of a back-channel step, the decoded token its response delivered.
      await page.keyboard.press('End')
      for (const key of ['n', 'n', 'n', 'n', 'n']) await page.keyboard.press(key)
      await expect(stage.locator('#step-title')).toHaveText(
        'The client trades the code and verifier at /token',
      )
      await expect(stage.locator('pre')).toContainText('POST /token HTTP/1.1')
      await page.keyboard.press('ArrowDown')
      await expect(stage.getByRole('region', { name: 'Access token, decoded' })).toContainText(
        'photos.read',
      )
      expect((await measure()).scrolls).toBe(false)
      await page.keyboard.press('p')
      await expect(stage.locator('#step-title')).toHaveText(
        'The client trades the code and verifier at /token',
      )

      await page.keyboard.press('Escape')
      await expect(stage).toBeHidden()
      await expect(page.getByRole('banner')).toBeVisible()
      expect(await page.evaluate(() => document.fullscreenElement)).toBeNull()
    })
  })
}

test('B blanks the screen and brings it back; ? shows the keys; focus comes back to the player', async ({
  stepper,
  page,
}) => {
  await stepper.open()
  await stepper.expectStep(1, 'The client makes a PKCE verifier and challenge')
  await page.keyboard.press('b')
  await expect(page.getByRole('dialog', { name: 'Blank screen' })).toBeVisible()
  await page.keyboard.press('b')
  await expect(page.getByRole('dialog', { name: 'Blank screen' })).toBeHidden()
  await expect(page.locator('#step-title')).toBeFocused()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keys' })
  await expect(help).toContainText('speaker view in a second window')
  await expectAccessible(page, 'the key help')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(page.locator('#step-title')).toBeFocused()
  // A clicker goes on from here.
  await page.keyboard.press('PageDown')
  await stepper.expectStep(2, 'The browser goes to the authorization endpoint')
})

test('the speaker view follows the player and drives it, in a second window', async ({
  stepper,
  page,
  context,
}) => {
  await stepper.open('authorization-code-pkce', '?step=7')
  await stepper.expectStep(7, /the client checks iss and state/)
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')])
  await speaker.waitForLoadState()
  const onScreen = speaker.getByRole('region', { name: /the client checks iss and state/ })
  await expect(onScreen).toBeVisible()
  await expect(onScreen).toContainText('Talking points')
  await expect(onScreen).toContainText('Ask the room')
  await expect(
    speaker.getByText('Next: The client trades the code and verifier at /token'),
  ).toBeVisible()
  await expect(speaker.getByRole('timer')).toHaveText(/^\d+:\d\d$/)
  await expectAccessible(speaker, 'the speaker view')

  // The speaker drives the player…
  await speaker.getByRole('button', { name: 'Next step' }).click()
  await stepper.expectStep(8, 'The client trades the code and verifier at /token')
  // …and follows it.
  await page.keyboard.press('ArrowLeft')
  await expect(speaker.getByRole('heading', { level: 2 })).toHaveText(
    /the client checks iss and state/,
  )
  await speaker.getByRole('button', { name: 'Blank the screen' }).click()
  await expect(page.getByRole('dialog', { name: 'Blank screen' })).toBeVisible()
  await speaker.keyboard.press('b')
  await expect(page.getByRole('dialog', { name: 'Blank screen' })).toBeHidden()
  // The sequence view and Play, from the speaker's window too, each shown as it is.
  await speaker.getByRole('button', { name: 'Sequence view' }).click()
  await expect(page.getByRole('region', { name: 'Sequence view' })).toBeVisible()
  await expect(speaker.getByRole('button', { name: 'Sequence view' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await speaker.keyboard.press('o')
  await expect(page.getByRole('region', { name: 'Sequence view' })).toBeHidden()
  await speaker.getByRole('button', { name: 'Play' }).click()
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  await speaker.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible()
  await speaker.close()
})

test('the speaker view of an attack names its defences as the run has them, and follows a flip', async ({
  stepper,
  page,
  context,
}) => {
  await stepper.open('attack-code-interception', '?switches=pkce:off&step=2')
  await stepper.expectStep(2, /./)
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')])
  await speaker.waitForLoadState()
  await expect(
    speaker.getByText('PKCE', { exact: false }).filter({ hasText: ': off' }),
  ).toBeVisible()
  await page.getByRole('switch', { name: /^PKCE: off/ }).click()
  await stepper.expectStep(1, /./)
  await expect(speaker.getByText(/PKCE[^:]*: on/)).toBeVisible()
  await expectAccessible(speaker, 'the speaker view of an attack')
  await speaker.close()
})

test('the sequence view: every step an arrow and a link, exported as Mermaid, SVG and PNG, printed as a handout', async ({
  stepper,
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute('data-printed', '')
  })
  await stepper.open('device-authorization', '?step=4')
  await stepper.expectStep(4, 'The TV polls the token endpoint')
  await page.keyboard.press('o')
  const sequence = page.getByRole('region', { name: 'Sequence view' })
  const arrows = sequence.getByRole('link', { name: /^Step \d+:/ })
  await expect(arrows).toHaveCount(15)
  await expect(sequence.getByRole('link', { name: /^Step 4: The TV polls/ })).toHaveAttribute(
    'aria-current',
    'step',
  )
  await sequence.getByRole('link', { name: /^Step 2: / }).click()
  await stepper.expectStep(2, 'The server answers with a device code and a user code')
  await expectAccessible(page, 'the sequence view')

  await sequence.getByText('Mermaid text').click()
  const mermaid = sequence.getByRole('textbox', { name: 'Mermaid sequenceDiagram text' })
  await expect(mermaid).toHaveValue(/^sequenceDiagram\n {4}title Device Authorization\n/)
  await expect(mermaid).toHaveValue(
    /client-->>authorizationServer: 4\. POST \/token \(device_code\)/,
  )
  // Copy puts the same text on the clipboard, and says so.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await sequence.getByRole('button', { name: 'Copy as Mermaid' }).click()
  await expect(sequence.getByText('Mermaid text copied.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await mermaid.inputValue())

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    sequence.getByRole('button', { name: 'Download SVG' }).click(),
  ])
  expect(svg.suggestedFilename()).toBe('device-authorization.svg')
  const svgText = await (
    await svg.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString())
  expect(svgText).toContain('<svg')
  expect(svgText).toContain('4. POST /token (device_code)')
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    sequence.getByRole('button', { name: 'Download PNG' }).click(),
  ])
  expect(png.suggestedFilename()).toBe('device-authorization.png')
  const pngBytes = await (
    await png.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks))
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG')

  await sequence.getByRole('button', { name: 'Print handout' }).click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', '')
  await page.emulateMedia({ media: 'print' })
  const handout = page.getByRole('article', { name: 'Handout' })
  await expect(handout).toBeVisible()
  await expect(
    handout.getByRole('heading', {
      name: '1. The TV asks the authorization server for a device code',
    }),
  ).toBeVisible()
  await expect(handout).toContainText('POST /device_authorization HTTP/1.1')
  await expect(handout).toContainText('Not run yet in this session.')
  await expect(page.getByRole('group', { name: 'Flow controls' })).toBeHidden()
})

test('presenting an attack names its defences as the run has them, and follows a flip', async ({
  stepper,
  page,
}) => {
  await stepper.open('attack-code-interception', '?switches=pkce:off&step=2')
  await stepper.expectStep(2, /./)
  await page.getByRole('button', { name: 'Present' }).click()
  const stage = page.getByRole('region', { name: /^Presenting Attack:/ })
  await expect(stage.getByText('PKCE: off', { exact: false })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(stage).toBeHidden()
  await page.getByRole('switch', { name: /^PKCE: off/ }).click()
  await stepper.expectStep(1, /./)
  await page.keyboard.press('f')
  await expect(stage.getByText(/PKCE[^:]*: on/)).toBeVisible()
  await expectAccessible(page, 'presenting an attack')
})

test.describe('every flow in the registry, presented at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('fits one screen: no scrolling, no narration cut off, 32 px type scaled, the diagram on half of it', async ({
    page,
  }) => {
    test.setTimeout(180_000)
    await page.goto('/')
    // The catalogue renders after its script runs: wait for it before reading its links.
    await expect(page.locator('main a[href^="/flows/"]').first()).toBeVisible()
    const hrefs = await page
      .locator('main a[href^="/flows/"]')
      .evaluateAll((links) => [
        ...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
      ])
    expect(hrefs.length).toBeGreaterThanOrEqual(15)
    for (const href of hrefs) {
      await page.goto(href)
      await expect(page.locator('#step-title')).toBeVisible()
      await page.keyboard.press('f')
      await expect(page.getByRole('region', { name: /^Presenting / })).toBeVisible()
      const shown = await page.evaluate(() => {
        const title = document.querySelector('#step-title')!
        // The narration's box hides what overflows: its content must fit inside it.
        const box = title.parentElement!
        const diagram = document.querySelector('.flow-diagram')!.getBoundingClientRect()
        return {
          scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
          narrationCut: box.scrollHeight > box.clientHeight + 1,
          narrationPx: parseFloat(getComputedStyle(box).fontSize),
          diagramShare: (diagram.width * diagram.height) / (window.innerWidth * window.innerHeight),
        }
      })
      expect(shown, href).toEqual({
        scrolls: false,
        narrationCut: false,
        narrationPx: expect.any(Number),
        diagramShare: expect.any(Number),
      })
      expect(shown.narrationPx, href).toBeGreaterThanOrEqual(32 * (1280 / 1920))
      expect(shown.diagramShare, href).toBeGreaterThanOrEqual(0.5)
      await page.keyboard.press('Escape')
    }
  })
})
