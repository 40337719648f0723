import type { AnyMachineSnapshot } from 'xstate'
import { apiFacts } from '../kit/facts'
import type { ScreenView } from '../kit/flow-module'
import { stepMetaOf, type StepMeta } from '../kit/step-meta'
import type { DeviceAuthorizationContext } from './device-authorization.setup'
import { TV_SCREEN } from './device-authorization.steps'

/** What the TV's screen shows at this point of the flow: the code while it waits, then the photos. */
function tvScreen(context: DeviceAuthorizationContext, stepId: string | undefined): ScreenView {
  const { device, poll, api } = context
  if (api?.status === 200) {
    const photos = apiFacts(api).find((fact) => fact.images)
    return { heading: 'Alice’s photos', lines: [], images: photos?.images ?? [] }
  }
  if (poll?.ok)
    return { heading: 'Connected', lines: [{ label: 'Loading', value: 'Alice’s photos…' }] }
  if (poll?.ok === false && poll.error === 'access_denied')
    return { heading: 'Not connected', lines: [{ label: 'The request was', value: 'denied' }] }
  if (poll?.ok === false && poll.error === 'expired_token')
    return {
      heading: 'The code expired',
      lines: [{ label: 'Press OK to', value: 'get a new code' }],
    }
  if (!device?.ok)
    return { heading: 'Frame TV', lines: [{ label: 'Starting', value: 'asking for a code…' }] }
  if (stepId === 'deviceResponse')
    return { heading: 'Frame TV', lines: [{ label: 'Received', value: 'a code to show' }] }
  const waiting =
    poll?.ok === false ? `waiting (${poll.error}), polling every ${context.interval} s` : undefined
  return {
    heading: 'Connect this frame to your photos',
    lines: [
      { label: 'On your phone, go to', value: device.verificationUri, large: true },
      { label: 'and enter the code', value: device.userCode, large: true },
      ...(waiting ? [{ label: 'Status', value: waiting }] : []),
    ],
    qr: device.verificationUriComplete,
  }
}

export function screensOf(snapshot: AnyMachineSnapshot): Record<string, ScreenView> {
  const stepId = stepMetaOf(snapshot.getMeta() as Record<string, StepMeta | undefined>)?.stepId
  return { [TV_SCREEN]: tvScreen(snapshot.context as DeviceAuthorizationContext, stepId) }
}
