import { fromPromise } from 'xstate'
import type { BrowserRole } from '../../protocol/roles'
import type { Page } from '../../wire/browser'
import type { FlowLab } from './flow-lab'
import type { LearnerEvent } from './flow-module'
import type { StepForm } from './step-meta'

/**
 * The invoked actors of every front-channel step: one browser, one hop each (a redirect is the
 * next step), so that a step is one recorded exchange.
 */

/** One front-channel hop, as a machine needs it: where the browser is and what answered. */
export interface Hop {
  url: string
  status: number
  redirectTo: string | null
}

/** A form as the browser submits it: the fields the learner filled in and the button pressed. */
export interface FormSubmission {
  fields: Readonly<Record<string, string>>
  submitter?: string
}

const toHop = (page: Page): Hop => ({
  url: page.url,
  status: page.status,
  redirectTo: page.redirectTo,
})

interface BrowserInput {
  lab: FlowLab
  role: BrowserRole
}

/** The browser loads `url`, typed into its address bar or opened from outside (no initiator). */
export const browserOpen = fromPromise<Hop, BrowserInput & { url: string }>(async ({ input }) =>
  toHop(await input.lab.browser(input.role).navigate(input.url, { initiator: null })),
)

/** The browser follows the redirect its current page carries, one hop. */
export const browserFollow = fromPromise<Hop, BrowserInput>(async ({ input }) =>
  toHop(await input.lab.browser(input.role).followRedirect()),
)

/**
 * browserFollow, and the browser's history once the page landed: what anyone at the same computer
 * can read later, fragments included (RFC 9700 §4.3.2).
 */
export const browserFollowAndRecall = fromPromise<
  Hop & { history: readonly string[] },
  BrowserInput
>(async ({ input }) => {
  const browser = input.lab.browser(input.role)
  const hop = toHop(await browser.followRedirect())
  return { ...hop, history: [...browser.history()] }
})

/** The browser submits the first form of its current page, as pressing its button would. */
export const browserSubmit = fromPromise<Hop, BrowserInput & { submission: FormSubmission }>(
  async ({ input }) => {
    const browser = input.lab.browser(input.role)
    const page = browser.page()
    if (!page) throw new Error('The browser has no page with a form to submit.')
    const { fields, submitter } = input.submission
    return toHop(
      await browser.submitForm(page, 0, fields, submitter === undefined ? {} : { submitter }),
    )
  },
)

/**
 * What a page step's transition submits: the learner's own form (`form.submit`, from the window)
 * or, for Next step, the step's default form as its page shows it filled in.
 */
export function submissionOf(event: LearnerEvent, form: StepForm | undefined): FormSubmission {
  if (event.type === 'form.submit') return { fields: event.fields, submitter: event.submitter }
  return { fields: form?.fields ?? {}, submitter: form?.submitter }
}

/** True when the learner's form was sent with the button whose value or label is `value`. */
export function pressed(event: LearnerEvent, value: string): boolean {
  return event.type === 'form.submit' && event.submitter === value
}
