import { useCallback, useMemo, useState } from 'react'
import type { FlowModule } from '../../../flows/kit/flow-module'
import { quizFor, type Quiz } from './quiz-model'

export interface QuizState {
  on: boolean
  setOn(on: boolean): void
  card: { quiz: Quiz; revealed: boolean; chosen?: number } | undefined
  choose(index: number): void
  /** Next step with the quiz on: ask first, then reveal, then run the step. */
  next(): void
  /** Previous step closes an open question. */
  previous(): void
}

/**
 * The classroom quiz: with it on, Next step at the last recorded step first asks "What happens
 * next?" about the step it would run (when that step's meta has wrong answers), reveals on the
 * next press or a click, and runs the step on the one after.
 */
export function useQuiz(
  flow: Pick<FlowModule, 'steps'>,
  upcoming: string | undefined,
  atRecordedEnd: boolean,
  run: { next(): void; previous(): void },
): QuizState {
  const [on, setOn] = useState(false)
  const [card, setCard] = useState<QuizState['card']>()
  const next = useCallback(() => {
    if (card && !card.revealed) return setCard({ ...card, revealed: true })
    if (card) {
      setCard(undefined)
      return run.next()
    }
    const quiz =
      on && atRecordedEnd && upcoming ? quizFor(upcoming, flow.steps[upcoming]) : undefined
    if (quiz) setCard({ quiz, revealed: false })
    else run.next()
  }, [card, on, atRecordedEnd, upcoming, flow.steps, run])
  const previous = useCallback(() => {
    if (card) setCard(undefined)
    else run.previous()
  }, [card, run])
  const choose = useCallback(
    (index: number) => setCard((open) => open && { ...open, revealed: true, chosen: index }),
    [],
  )
  const toggle = useCallback((value: boolean) => {
    setOn(value)
    if (!value) setCard(undefined)
  }, [])
  return useMemo(
    () => ({ on, setOn: toggle, card, choose, next, previous }),
    [on, toggle, card, choose, next, previous],
  )
}
