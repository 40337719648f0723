import { memo, useId } from 'react'
import { DEMO_USER } from '../../../protocol/demo-world'
import { ROLE_PROFILES } from '../../../protocol/roles'
import type { LearnerEvent } from '../../../flows/flow-definition'
import type { Page } from '../../../wire/browser'
import { reasonPhrase } from '../../../wire/exchange'
import { AddressBar } from './address-bar'
import { ServerPageFrame } from './server-page-frame'

export interface BrowserWindowProps {
  page: Page | null
  /** The browser carries this step's message (a front-channel step). */
  active: boolean
  /** What the learner may do in the page now; empty for a recorded step in the past. */
  accepts: readonly LearnerEvent['type'][]
  /** True when the step is in the recorded past: the page is shown as it was, and locked. */
  past: boolean
  onEvent(event: LearnerEvent): void
  onTyped(fields: Record<string, string>): void
}

/** Next step submits what these show: Alice's demo credentials. */
const PREFILL = { username: DEMO_USER.username, password: DEMO_USER.password }

/** Alice's browser: the address bar and the page the lab's servers sent, as the browser shows it. */
export const BrowserWindow = memo(function BrowserWindow({
  page,
  active,
  accepts,
  past,
  onEvent,
  onTyped,
}: BrowserWindowProps) {
  const headingId = useId()
  const interactive = accepts.length > 0 && !past

  function submitted(fields: Record<string, string>) {
    if (!interactive) return
    if (accepts.includes('user.login.submit') && 'password' in fields) {
      onEvent({
        type: 'user.login.submit',
        username: fields.username ?? '',
        password: fields.password ?? '',
      })
    } else if (fields.decision === 'deny' && accepts.includes('user.consent.deny')) {
      onEvent({ type: 'user.consent.deny' })
    } else if (fields.decision === 'approve' && accepts.includes('user.consent.approve')) {
      onEvent({ type: 'user.consent.approve' })
    }
  }

  return (
    <section
      aria-labelledby={headingId}
      className={`overflow-hidden rounded-xl border-2 bg-white shadow-sm ${active ? 'border-role-agent' : 'border-slate-300'}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 bg-slate-100 px-3 py-2">
        <h2 id={headingId} className="text-lg font-bold text-slate-900">
          {ROLE_PROFILES['user-agent'].character}
        </h2>
        <span
          className={`rounded-full px-2 py-0.5 text-sm font-semibold ${active ? 'bg-role-agent text-white' : 'bg-slate-200 text-slate-800'}`}
        >
          {active ? 'Carries this step' : 'Idle this step'}
        </span>
        {past && accepts.length === 0 && page?.body.includes('<form') && (
          <span className="text-sm text-slate-700">Recorded page: the form is locked.</span>
        )}
      </div>
      <AddressBar url={page?.url ?? null} />
      <div className="border-t border-slate-200">
        {page === null ? (
          <p className="p-4 text-base text-slate-700">
            A new tab. The client will send the browser to the authorization server.
          </p>
        ) : page.redirectTo !== null ? (
          <div className="space-y-2 p-4 text-base text-slate-800">
            <p>
              <span className="font-mono font-semibold">
                {page.status} {page.statusText || reasonPhrase(page.status)}
              </span>
              : no page to show. The server redirects the browser to:
            </p>
            <p className="rounded-md bg-slate-100 px-3 py-2 font-mono text-sm break-all text-slate-900">
              {page.redirectTo}
            </p>
            <p className="text-slate-700">The browser follows it in the next step.</p>
          </div>
        ) : (page.contentType ?? '').startsWith('text/html') ? (
          <ServerPageFrame
            html={page.body}
            title={`Page at ${new URL(page.url).host}${interactive ? '' : ' (recorded)'}`}
            prefill={PREFILL}
            disabled={!interactive}
            onSubmit={submitted}
            onInput={onTyped}
          />
        ) : (
          <pre className="max-h-80 overflow-auto p-4 font-mono text-sm whitespace-pre-wrap text-slate-900">
            {page.body}
          </pre>
        )}
      </div>
    </section>
  )
})
