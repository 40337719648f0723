import type { StepMeta } from '../../../flows/kit/step-meta'

/** One answer on the card: the step that does come next, or a wrong one with why. */
export interface QuizAnswer {
  text: string
  right: boolean
  why?: string
}

/** The question before a step: "What happens next?", with three answers in a stable order. */
export interface Quiz {
  stepId: string
  answers: readonly QuizAnswer[]
}

/** A small stable hash, so the right answer's place differs from step to step but never jumps. */
function hash(text: string): number {
  let h = 0
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) >>> 0
  return h
}

/**
 * The quiz before `stepId`, when its step meta provides wrong answers: the step's own title is
 * the right answer, beside its two written wrong ones.
 */
export function quizFor(stepId: string, meta: StepMeta | undefined): Quiz | undefined {
  if (!meta?.quiz) return undefined
  const right: QuizAnswer = { text: meta.title, right: true }
  const wrong = meta.quiz.map((item) => ({ text: item.answer, right: false, why: item.why }))
  const place = hash(stepId) % 3
  const answers: QuizAnswer[] = [...wrong]
  answers.splice(place, 0, right)
  return { stepId, answers }
}
