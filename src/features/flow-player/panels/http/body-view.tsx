import { useState } from 'react'
import {
  describeBody,
  tokenKindOfField,
  truncateLines,
  type BodyView as BodyViewModel,
} from './http-decode'
import { InspectLink, PairTable } from './pair-table'

/** Lines shown before "Show all": enough for a token response, short of a whole HTML page. */
const MAX_LINES = 24

export interface BodyViewProps {
  contentType: string | undefined
  body: string | null
  /** "Request body" or "Response body". */
  caption: string
  inspectHref?: (name: string, value: string) => string | undefined
}

/** A message body shown by its media type: form fields as a table, JSON pretty, HTML as source. */
export function BodyView({ contentType, body, caption, inspectHref }: BodyViewProps) {
  const view = describeBody(contentType, body)
  switch (view.kind) {
    case 'empty':
      return <p className="text-sm text-slate-600">{caption}: none.</p>
    case 'form':
      return (
        <PairTable
          caption={`${caption} (form fields, decoded)`}
          pairs={view.fields}
          inspectHref={inspectHref}
        />
      )
    case 'json':
      return (
        <div>
          <SourceBlock caption={`${caption} (JSON)`} text={view.pretty} />
          <JsonTokens view={view} inspectHref={inspectHref} />
        </div>
      )
    case 'html':
      return <SourceBlock caption={`${caption} (HTML source)`} text={view.source} />
    case 'text':
      return (
        <div>
          <SourceBlock caption={caption} text={view.text} />
          {view.note && <p className="mt-1 text-sm text-amber-900">{view.note}</p>}
        </div>
      )
  }
}

function JsonTokens({
  view,
  inspectHref,
}: {
  view: Extract<BodyViewModel, { kind: 'json' }>
  inspectHref: BodyViewProps['inspectHref']
}) {
  if (!inspectHref || typeof view.value !== 'object' || view.value === null) return null
  const links = Object.entries(view.value as Record<string, unknown>).flatMap(([name, value]) => {
    const href =
      typeof value === 'string' && tokenKindOfField(name) ? inspectHref(name, value) : undefined
    return href ? [{ name, href }] : []
  })
  if (links.length === 0) return null
  return (
    <p className="mt-1 text-sm text-slate-700">
      Tokens in this body:
      {links.map((link) => (
        <span key={link.name} className="ml-2 whitespace-nowrap">
          <code className="font-mono">{link.name}</code>
          <InspectLink href={link.href} what={link.name} />
        </span>
      ))}
    </p>
  )
}

function SourceBlock({ caption, text }: { caption: string; text: string }) {
  const [expanded, setExpanded] = useState(false)
  const { shown, hiddenLines } = truncateLines(text, MAX_LINES)
  return (
    <div>
      <div className="pb-1 text-sm font-semibold text-slate-700">{caption}</div>
      <pre
        tabIndex={0}
        aria-label={caption}
        className="max-h-96 overflow-auto rounded-md border border-slate-200 bg-slate-900 p-3 font-mono text-sm leading-snug whitespace-pre-wrap [overflow-wrap:anywhere] text-slate-50"
      >
        {expanded ? text : shown}
      </pre>
      {hiddenLines > 0 && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          className="mt-1 rounded border border-slate-400 bg-white px-2 py-0.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
        >
          {expanded ? 'Show fewer lines' : `Show all (${hiddenLines} more lines)`}
        </button>
      )}
    </div>
  )
}
