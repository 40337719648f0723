import type { TokenDecode } from '../../protocol/jwt/decode'

const FORMAT: Record<TokenDecode['format'], string> = {
  empty: 'No token',
  jws: 'JWS (signed JWT)',
  jwe: 'JWE (encrypted)',
  opaque: 'Opaque token',
  malformed: 'Malformed',
}

/** What kind of token this is, and every problem found while decoding, most basic first. */
export function DecodeReport({ decoded }: { decoded: TokenDecode }) {
  const clean = decoded.errors.length === 0
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-slate-700">Format:</span>
        <span
          className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${clean ? 'bg-blue-100 text-blue-900' : 'bg-red-100 text-red-900'}`}
        >
          {FORMAT[decoded.format]}
        </span>
        <span className="text-slate-700">
          {clean
            ? 'Decodes without errors'
            : `${decoded.errors.length} ${decoded.errors.length === 1 ? 'problem' : 'problems'} while decoding`}
          {decoded.warnings.length > 0 &&
            `, ${decoded.warnings.length} ${decoded.warnings.length === 1 ? 'note' : 'notes'}`}
        </span>
      </p>
      {decoded.errors.length > 0 && (
        <ul
          aria-label="Decoding problems"
          className="space-y-1 rounded-lg border border-red-300 bg-red-50 p-3 text-red-950"
        >
          {decoded.errors.map((error) => (
            <li key={error} className="flex gap-2">
              <span aria-hidden="true" className="font-bold">
                ✗
              </span>
              <span>{error}</span>
            </li>
          ))}
        </ul>
      )}
      {decoded.warnings.length > 0 && (
        <ul
          aria-label="Decoding notes"
          className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950"
        >
          {decoded.warnings.map((warning) => (
            <li key={warning} className="flex gap-2">
              <span aria-hidden="true" className="font-bold">
                !
              </span>
              <span>{warning}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
