import { useId, useState } from 'react'
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
  // A failure stays on screen until the token changes.
  const [mintError, setMintError] = useState<{ message: string; value: string }>()
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
        id={`${id}-token`}
        aria-describedby={`${id}-hint`}
        className="h-32 w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-sm break-all text-slate-900"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        autoComplete="off"
        placeholder="eyJhbGciOi…"
      />
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        Decoding happens in this page; nothing you paste is sent anywhere. Still, never paste a live
        production token into any web page.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={() => mint('access_token')}
          disabled={minting !== undefined}
        >
          Get a fresh token from the lab
        </button>
        <button
          type="button"
          className={button}
          onClick={() => mint('id_token')}
          disabled={minting !== undefined}
        >
          Sign in as Alice for an ID token
        </button>
        <button type="button" className={secondaryButton} onClick={onSample}>
          Load a malformed sample
        </button>
        <button type="button" className={secondaryButton} onClick={onClear} disabled={value === ''}>
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
