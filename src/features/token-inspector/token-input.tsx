import { useId, useState, type ClipboardEvent, useRef } from 'react'
import { count, DISPLAY_LIMITS } from './display-limits'
import { button, secondaryButton } from './styles'

interface TokenInputProps {
  value: string
  onChange: (value: string) => void
  onMint: (which: 'access_token' | 'id_token') => Promise<void>
  onSample: () => void
  onClear: () => void
}

/** The token textarea and the ways to fill it. */
export function TokenInput({ value, onChange, onMint, onSample, onClear }: TokenInputProps) {
  const id = useId()
  const [minting, setMinting] = useState<'access_token' | 'id_token'>()
  const box = useRef<HTMLTextAreaElement>(null)
  // A failure stays on screen until the token changes.
  const [mintError, setMintError] = useState<{ message: string; value: string }>()
  const oversized = value.length > DISPLAY_LIMITS.boxChars
  // A paste too long for the box never enters it: the browser would insert and lay it out first.
  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain')
    if (pasted.length <= DISPLAY_LIMITS.boxChars) return
    event.preventDefault()
    onChange(pasted)
  }
  const mint = (which: 'access_token' | 'id_token') => {
    setMinting(which)
    setMintError(undefined)
    onMint(which)
      .catch((error: unknown) =>
        setMintError({
          message: `The lab could not issue a token: ${error instanceof Error ? error.message : String(error)}`,
          value,
        }),
      )
      .finally(() => setMinting(undefined))
  }
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-token`} className="block font-semibold text-slate-900">
        Token: paste a JWT, a JWE or an opaque token
      </label>
      <textarea
        ref={box}
        id={`${id}-token`}
        aria-describedby={oversized ? `${id}-aside ${id}-hint` : `${id}-hint`}
        className="h-32 w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-sm break-all text-slate-900"
        value={oversized ? '' : value}
        onChange={(e) => onChange(e.target.value)}
        onPaste={paste}
        spellCheck={false}
        autoComplete="off"
        placeholder="eyJhbGciOi…"
      />
      {oversized && (
        <p
          id={`${id}-aside`}
          className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950"
        >
          The token is {count(value.length)} characters long, more than the{' '}
          {count(DISPLAY_LIMITS.boxChars)} this box holds, so it is kept aside and the box stays
          empty; what the inspector made of it is below. Type or paste in the box to replace it.
        </p>
      )}
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        Decoding happens in this page; nothing you paste is sent anywhere. Still, never paste a live
        production token into any web page.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={() => minting === undefined && mint('access_token')}
          aria-disabled={minting !== undefined}
        >
          Get a fresh token from the lab
        </button>
        <button
          type="button"
          className={button}
          onClick={() => minting === undefined && mint('id_token')}
          aria-disabled={minting !== undefined}
        >
          Sign in as Alice for an ID token
        </button>
        <button type="button" className={secondaryButton} onClick={onSample}>
          Load a malformed sample
        </button>
        <button
          type="button"
          className={secondaryButton}
          aria-disabled={value === ''}
          onClick={() => {
            if (value === '') return
            onClear()
            // The box is where the next token goes, and the focus must not fall to the page.
            box.current?.focus()
          }}
        >
          Clear
        </button>
      </div>
      <p role="status" className="text-sm text-slate-800">
        {minting === 'access_token'
          ? 'The backup job asks the lab’s token endpoint for an access token (client credentials grant)…'
          : minting === 'id_token'
            ? 'Alice signs in and approves in the lab (OpenID Connect, Authorization Code + PKCE with a nonce)…'
            : mintError?.value === value
              ? mintError.message
              : ''}
      </p>
    </div>
  )
}
