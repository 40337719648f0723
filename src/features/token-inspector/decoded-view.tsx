import type { TokenDecode } from '../../protocol/jwt/decode'
import type { TokenKind } from '../../protocol/jwt/token-context'
import { ClaimsList } from './claims-list'
import { DecodeReport } from './decode-report'
import { FormatExplainer } from './format-explainer'
import { RawToken } from './raw-token'
import { SignaturePanel } from './signature-panel'

interface DecodedViewProps {
  decoded: TokenDecode
  kind?: TokenKind
  jwtKind?: 'access_token' | 'id_token'
  nowMs: number
}

/** The raw token by segment, the decoding report, then each segment explained. */
export function DecodedView({ decoded, kind, jwtKind, nowMs }: DecodedViewProps) {
  const header = decoded.segments.find((s) => s.role === 'header')
  const payload = decoded.segments.find((s) => s.role === 'payload')
  return (
    <div className="space-y-4">
      <RawToken decoded={decoded} label="The token, coloured by segment" />
      <DecodeReport decoded={decoded} />
      <FormatExplainer decoded={decoded} kind={kind} />
      {(header || payload) && (
        <div className="grid gap-4 lg:grid-cols-2">
          {header && (
            <ClaimsList
              segment={header}
              title="Header"
              object={decoded.header}
              format={decoded.format === 'jwe' ? 'jwe' : 'jws'}
              nowMs={nowMs}
            />
          )}
          {payload && (
            <ClaimsList
              segment={payload}
              title="Payload (claims)"
              object={decoded.payload}
              kind={jwtKind}
              nowMs={nowMs}
            />
          )}
        </div>
      )}
      {decoded.format !== 'jwe' && <SignaturePanel decoded={decoded} />}
    </div>
  )
}
