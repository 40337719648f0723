import { useEffect, useMemo, useRef, useState } from 'react'
import { passPlayerKeysOut } from './frame-keys'
import {
  prepareServerPage,
  readSubmission,
  type PageOptions,
  type PageSubmission,
} from './server-page'

export interface ServerPageFrameProps extends PageOptions {
  html: string
  /** The frame's accessible name: what page this is. */
  title: string
  /** The learner submitted the page's form (typed values, the button pressed). */
  onSubmit(submission: PageSubmission): void
  /** The learner typed into the page: the form's current values. */
  onInput(fields: Record<string, string>): void
}

/**
 * The server's HTML in a sandboxed frame: no scripts run in it (no allow-scripts), nothing loads
 * (its CSP), and its form never leaves: the player listens for the submit from outside, cancels
 * it, and sends the learner's choice through the simulated browser instead.
 */
export function ServerPageFrame({
  html,
  title,
  prefill,
  disabled,
  onSubmit,
  onInput,
}: ServerPageFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null)
  const [height, setHeight] = useState(320)
  const srcDoc = useMemo(
    () => prepareServerPage(html, { prefill, disabled }),
    [html, prefill, disabled],
  )
  const handlers = useRef({ onSubmit, onInput })
  useEffect(() => {
    handlers.current = { onSubmit, onInput }
  })

  function attach() {
    const doc = frame.current?.contentDocument
    if (!doc) return
    setHeight(Math.min(640, Math.max(200, doc.documentElement.scrollHeight + 4)))
    doc.addEventListener('submit', (event) => {
      event.preventDefault()
      const form = event.target as HTMLFormElement
      handlers.current.onSubmit(readSubmission(form, (event as SubmitEvent).submitter))
    })
    doc.addEventListener('input', (event) => {
      const form = (event.target as HTMLInputElement).form
      if (form) handlers.current.onInput(readSubmission(form, null).fields)
    })
    doc.addEventListener('click', (event) => {
      if ((event.target as Element).closest?.('a[href]')) event.preventDefault()
    })
    passPlayerKeysOut(doc)
  }

  return (
    <iframe
      // A page with nothing to fill in is not a Tab stop: the frame would take the focus and show
      // nothing that has it. Its text is read from the frame's title and the page alike.
      tabIndex={disabled ? -1 : undefined}
      ref={frame}
      title={title}
      srcDoc={srcDoc}
      sandbox="allow-same-origin allow-forms"
      onLoad={attach}
      className="block w-full border-0 bg-white focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-blue-600"
      style={{ height }}
    />
  )
}
