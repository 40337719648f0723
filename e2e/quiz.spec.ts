import { expect, expectAccessible, test, TRACE_WITHOUT_SNAPSHOTS } from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

test('quiz the room: Next asks what happens next, reveals the answer and why, then runs the step', async ({
  stepper,
  page,
}) => {
  test.setTimeout(60_000)
  await stepper.open('authorization-code-pkce', '?step=7')
  await stepper.expectStep(7, /the client checks iss and state/)
  await page.getByRole('switch', { name: 'Quiz the room: off' }).click()
  await stepper.nextButton.click()
  const quiz = page.getByRole('region', { name: 'What happens next?' })
  const answers = quiz.getByRole('button')
  await expect(answers).toHaveCount(3)
  await expect(quiz).toContainText('The client trades the code and verifier at /token')
  await expect(quiz.getByText('✓ right')).toHaveCount(0)
  // The step has not run yet: the list still ends at 7.
  await stepper.expectStep(7, /the client checks iss and state/)
  await expectAccessible(page, 'the quiz')

  await stepper.nextButton.click()
  await expect(quiz.getByText(/✓ right$/)).toHaveText(
    'The client trades the code and verifier at /token ✓ right',
  )
  await expect(quiz.getByText(/✗ wrong$/)).toHaveCount(2)
  await expect(quiz).toContainText('§')
  await stepper.nextButton.click()
  await stepper.expectStep(8, 'The client trades the code and verifier at /token')
  await expect(quiz).toBeHidden()
})

test.describe('presenting', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })

  test('a clicked answer reveals at once, on the presenter screen', async ({ stepper, page }) => {
    await stepper.open('device-authorization', '?step=3')
    await stepper.expectStep(3, 'The TV shows Alice the code and where to enter it')
    await page.getByRole('switch', { name: 'Quiz the room: off' }).click()
    await page.keyboard.press('f')
    await page.keyboard.press('PageDown')
    const quiz = page.getByRole('region', { name: 'What happens next?' })
    await quiz.getByRole('button', { name: /The TV polls the token endpoint/ }).click()
    await expect(
      quiz.getByRole('button', { name: /The TV polls the token endpoint/ }),
    ).toContainText('✓ right')
    await page.keyboard.press('PageDown')
    await expect(page.locator('#step-title')).toHaveText('The TV polls the token endpoint')
  })
})
