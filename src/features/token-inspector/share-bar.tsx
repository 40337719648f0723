import { useState } from 'react'
import { rfc } from '../../protocol/jwt/spec-ref'
import type { TokenContext } from '../../protocol/jwt/token-context'
import { inspectorHref } from '../../shared/inspector-link'
import { SpecLink } from './spec-link'
import { secondaryButton } from './styles'

/** Copies a link that reproduces this view; the token travels in the fragment only. */
export function ShareBar({ token, context }: { token: string; context: TokenContext }) {
  const [status, setStatus] = useState('')
  const copy = async () => {
    const link = new URL(inspectorHref(token, context), window.location.origin).href
    try {
      await navigator.clipboard.writeText(link)
      setStatus('Link copied. Anyone who opens it sees this token and its context.')
    } catch {
      setStatus(`Copying is not allowed here; the link is: ${link}`)
    }
  }
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={secondaryButton}
          onClick={() => void copy()}
          disabled={token === ''}
        >
          Copy a link to this view
        </button>
        <p role="status" className="text-sm text-slate-800 break-all">
          {status}
        </p>
      </div>
      <p className="text-sm text-slate-700">
        The token stays in the URL fragment (after #), which browsers never send to any server{' '}
        <SpecLink spec={rfc(3986, '3.5')} />. It does land in your browser history, so share links
        to lab tokens, never to real ones.
      </p>
    </div>
  )
}
