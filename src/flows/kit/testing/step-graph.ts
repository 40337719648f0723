import type { AnyStateMachine } from 'xstate'
import { getStateNodes } from 'xstate/graph'

type StateNode = ReturnType<typeof getStateNodes>[number]

/** The step (a child of the machine's root) that a state node belongs to. */
function stepOf(node: StateNode, root: StateNode): StateNode {
  let current = node
  while (current.parent && current.parent !== root) current = current.parent
  return current
}

/**
 * The machine's steps (the root's children) and, for each, the steps its transitions lead to:
 * the learner's events and the invoked actors' done and error events alike. Static, so it covers
 * every branch whatever the servers answer.
 */
export function stepGraph(machine: AnyStateMachine): Map<StateNode, Set<StateNode>> {
  const root = machine.root as StateNode
  const graph = new Map<StateNode, Set<StateNode>>()
  for (const step of Object.values(root.states) as StateNode[]) graph.set(step, new Set())
  for (const node of getStateNodes(root)) {
    if (node === root) continue
    const from = stepOf(node, root)
    for (const transitions of node.transitions.values())
      for (const transition of transitions)
        for (const target of transition.target ?? []) {
          const to = stepOf(target as StateNode, root)
          if (to !== from) graph.get(from)?.add(to)
        }
  }
  return graph
}

function reachableFrom(graph: Map<StateNode, Set<StateNode>>, start: StateNode): Set<StateNode> {
  const seen = new Set<StateNode>([start])
  const queue = [start]
  for (let node = queue.shift(); node; node = queue.shift())
    for (const next of graph.get(node) ?? [])
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
  return seen
}

/** Steps from which no final step can be reached: a learner could get stuck there. */
export function stepsThatNeverEnd(machine: AnyStateMachine): string[] {
  const graph = stepGraph(machine)
  return [...graph.keys()]
    .filter((step) => ![...reachableFrom(graph, step)].some((node) => node.type === 'final'))
    .map((step) => step.key)
}

/** Steps no path from the initial step reaches: dead teaching text. */
export function unreachableSteps(machine: AnyStateMachine): string[] {
  const graph = stepGraph(machine)
  const root = machine.root as StateNode
  const initial = root.states[String(root.config.initial)] as StateNode | undefined
  const reached = initial ? reachableFrom(graph, initial) : new Set<StateNode>()
  return [...graph.keys()].filter((step) => !reached.has(step)).map((step) => step.key)
}
