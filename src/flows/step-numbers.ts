import type { SessionStep } from './session-step'

/** The step numbers of one exchange: where its request was sent, and where its response is told. */
export interface ExchangeNumber {
  /** "8", or "10a", "10b" when the step carried several exchanges (the API fetching keys). */
  request: string
  /** "9" when the next step is this exchange's response (the tokens), else the same as the request. */
  response: string
  /** The step (1-based) whose narration tells the response. */
  responseStep: number
}

/**
 * One step number for the same message everywhere (step list, narration, HTTP panel, token panel,
 * the inspector's "Opened from"): each exchange is numbered by the step that sent it, lettered
 * within the step when there are several, and its response by the response step that follows,
 * if the next step (recorded or planned) is one. Only a step's first exchange is its own message;
 * the others happened on the way (the API fetching keys) and answer within the step.
 */
export function numberExchanges(
  steps: readonly SessionStep[],
  isResponseStep: (index: number) => boolean,
): Map<number, ExchangeNumber> {
  const numbers = new Map<number, ExchangeNumber>()
  for (const step of steps) {
    const n = step.index + 1
    const sorted = [...step.exchanges].sort((a, b) => a.seq - b.seq)
    sorted.forEach((exchange, i) => {
      const request = sorted.length === 1 ? String(n) : `${n}${letter(i)}`
      const answeredNext = i === 0 && isResponseStep(step.index + 1)
      numbers.set(exchange.seq, {
        request,
        response: answeredNext ? String(n + 1) : request,
        responseStep: answeredNext ? n + 1 : n,
      })
    })
  }
  return numbers
}

/** a, b, … z, then aa, ab: a step never gets near that many, but the numbering never breaks. */
function letter(index: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz'
  return index < 26
    ? (alphabet[index] ?? '')
    : letter(Math.floor(index / 26) - 1) + letter(index % 26)
}
