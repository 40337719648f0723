import { memo } from 'react'
import type { ScreenView } from '../../../flows/kit/flow-module'
import { QrCode } from './qr-code'
import { SurfaceFrame } from './surface-frame'

/** A device's own screen (the TV): what the flow says it shows, large, as across a living room. */
export const DeviceScreen = memo(function DeviceScreen({
  title,
  view,
  active,
}: {
  title: string
  view: ScreenView | undefined
  active: boolean
}) {
  return (
    <SurfaceFrame title={title} active={active}>
      <div className="flex flex-wrap items-center gap-6 bg-slate-900 p-5 text-white">
        <div className="min-w-0 flex-1 space-y-3">
          <p className="text-2xl font-bold">{view?.heading ?? 'Off'}</p>
          {view?.lines.map((line) => (
            <p key={line.label} className="space-x-2">
              <span className="text-slate-300">{line.label}</span>{' '}
              <span
                className={
                  line.large
                    ? 'block font-mono text-3xl font-bold tracking-wider break-all text-amber-300'
                    : 'font-semibold'
                }
              >
                {line.value}
              </span>
            </p>
          ))}
          {view?.images && view.images.length > 0 && (
            <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5">
              {view.images.map((image, i) => (
                <li key={i}>
                  <img src={image.src} alt={image.alt} className="aspect-[4/3] w-full rounded" />
                </li>
              ))}
            </ul>
          )}
        </div>
        {view?.qr && <QrCode text={view.qr} />}
      </div>
    </SurfaceFrame>
  )
})
