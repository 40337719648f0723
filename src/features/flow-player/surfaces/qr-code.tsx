import { useMemo } from 'react'
import { encode } from 'uqr'

/** A QR code drawn as SVG squares (no markup injected), with the encoded text as its name. */
export function QrCode({ text, size = 176 }: { text: string; size?: number }) {
  const modules = useMemo(() => encode(text, { border: 2 }).data, [text])
  const count = modules.length
  return (
    <svg
      role="img"
      aria-label={`QR code of ${text}`}
      viewBox={`0 0 ${count} ${count}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      className="rounded bg-white"
    >
      <rect width={count} height={count} fill="#ffffff" />
      {modules.flatMap((row, y) =>
        row.map((dark, x) =>
          dark ? <rect key={`${x}-${y}`} x={x} y={y} width={1} height={1} fill="#000000" /> : null,
        ),
      )}
    </svg>
  )
}
