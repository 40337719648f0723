import type { StepMeta } from '../kit/step-meta'

/**
 * The device flow's other endings: Alice refuses (access_denied), nobody answers before the device
 * code expires (expired_token), and the errors a run can meet (RFC 8628 §3.5).
 */
export const BRANCH_ENDS = {
  denial: {
    title: 'Alice denies the TV',
    label: 'POST /device/consent',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The phone posts decision=deny. The server records the refusal against the device code; the TV will learn it at its next poll.',
    specRef: 'RFC 8628 §3.3, §3.5',
  },
  accessDenied: {
    title: 'The poll says access_denied: the TV stops',
    label: '400 access_denied',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'denied',
    narration:
      'Alice said no, so the next poll gets 400 access_denied. The TV must stop polling and tell her it is not connected; to try again it starts a new device request.',
    specRef: 'RFC 8628 §3.5',
  },
  expiredPoll: {
    title: 'Ten minutes later the TV polls again',
    label: 'POST /token (device_code)',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    wait: 'Ten minutes later',
    narration:
      'Nobody approved or denied, and the lab clock moves past the device code’s expires_in. ' +
      'The TV polls as before, and the server answers 400 expired_token.',
    specRef: 'RFC 8628 §3.2, §3.5',
  },
  codeExpired: {
    title: 'The device code expired: the TV must start over',
    label: 'expired_token',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'expired',
    narration:
      'The device code and its user code are dead; the approval page would refuse them too. ' +
      'The TV stops polling and offers to start again with a new device authorization request and a new code.',
    specRef: 'RFC 8628 §3.5',
  },
  tokenError: {
    title: 'The token endpoint answered with an error',
    label: 'error',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    narration:
      'The server answered with an error the TV cannot wait out; its error and error_description say why. Restart to run the flow again.',
    specRef: 'RFC 8628 §3.5 · RFC 6749 §5.2',
  },
  apiError: {
    title: 'The photo API refused the token',
    label: 'API error',
    from: 'resource-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    narration:
      'The resource server refused the request; its status and WWW-Authenticate header say why. Restart to get a fresh token.',
    specRef: 'RFC 6750 §3.1',
  },
  failed: {
    title: 'Something unexpected went wrong',
    label: 'error',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'failed',
    narration:
      'A step failed in a way the flow does not expect; the message below says what happened. Restart to begin again.',
    specRef: 'RFC 8628 §3',
  },
} as const satisfies Record<string, StepMeta>
