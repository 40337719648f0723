import { describe, expect, it } from 'vitest'
import type { StepMeta } from '../../../flows/kit/step-meta'
import { quizFor } from './quiz-model'

const meta = {
  title: 'The client trades the code and verifier at /token',
  quiz: [
    {
      answer: 'The client sends Alice’s password to /token',
      why: 'It never had it (RFC 9700 §2.4).',
    },
    { answer: 'The browser posts the code to /token', why: 'The client does (RFC 6749 §4.1.3).' },
  ],
} as unknown as StepMeta

describe('quizFor', () => {
  it('puts the step’s title beside its two wrong answers, each with why', () => {
    const quiz = quizFor('tokenRequest', meta)
    expect(quiz?.answers).toHaveLength(3)
    expect(quiz?.answers.filter((a) => a.right).map((a) => a.text)).toEqual([meta.title])
    expect(quiz?.answers.filter((a) => !a.right).every((a) => a.why?.includes('RFC'))).toBe(true)
  })

  it('keeps the order for a step and varies the right answer’s place between steps', () => {
    expect(quizFor('tokenRequest', meta)).toEqual(quizFor('tokenRequest', meta))
    const places = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) =>
      quizFor(id, meta)?.answers.findIndex((a) => a.right),
    )
    expect(new Set(places).size).toBeGreaterThan(1)
  })

  it('asks nothing before a step without wrong answers', () => {
    expect(quizFor('pkce', { ...meta, quiz: undefined })).toBeUndefined()
  })
})
