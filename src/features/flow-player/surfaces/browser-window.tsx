import { memo } from 'react'
import type { LearnerEvent } from '../../../flows/kit/flow-module'
import type { StepForm } from '../../../flows/kit/step-meta'
import type { Page } from '../../../wire/browser'
import { reasonPhrase } from '../../../wire/exchange'
import { AddressBar } from './address-bar'
import { ServerPageFrame } from './server-page-frame'
import { SurfaceFrame } from './surface-frame'

export interface BrowserWindowProps {
  /** The surface's id, sent with a form the learner submits. */
  surface: string
  title: string
  page: Page | null
  /** The browser's role takes part in this step. */
  active: boolean
  /** The form the page shows, as Next step submits it; absent when the page takes no input now. */
  form: StepForm | undefined
  /** True when the step is in the recorded past: the page is shown as it was, and locked. */
  past: boolean
  onEvent(event: LearnerEvent): void
  /** The learner typed into the page: the form's current values. */
  onTyped(surface: string, fields: Record<string, string>): void
}

const NO_PREFILL: Readonly<Record<string, string>> = {}

/** A lab browser: the address bar and the page the lab's servers sent, as the browser shows it. */
export const BrowserWindow = memo(function BrowserWindow({
  surface,
  title,
  page,
  active,
  form,
  past,
  onEvent,
  onTyped,
}: BrowserWindowProps) {
  const interactive = form !== undefined && !past
  return (
    <SurfaceFrame
      title={title}
      active={active}
      note={past && page?.body.includes('<form') ? 'Recorded page: the form is locked.' : undefined}
    >
      <AddressBar url={page?.url ?? null} />
      <div className="border-t border-slate-200">
        {page === null ? (
          <p className="p-4 text-base text-slate-700">
            A new tab: nothing has been loaded in this browser yet.
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
            prefill={form?.fields ?? NO_PREFILL}
            disabled={!interactive}
            onSubmit={(submission) =>
              interactive && onEvent({ type: 'form.submit', surface, ...submission })
            }
            onInput={(fields) => onTyped(surface, fields)}
          />
        ) : (
          // A long body scrolls, so the keyboard must reach it (WCAG 2.1.1); a long URL wraps.
          <pre
            tabIndex={0}
            className="max-h-80 overflow-auto p-4 font-mono text-sm [overflow-wrap:anywhere] whitespace-pre-wrap text-slate-900"
          >
            {page.body}
          </pre>
        )}
      </div>
    </SurfaceFrame>
  )
})
