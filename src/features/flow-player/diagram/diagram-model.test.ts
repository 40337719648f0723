import { describe, expect, it } from 'vitest'
import { flow as pkceFlow } from '../../../flows/authorization-code-pkce/authorization-code-pkce.flow'
import { flow as clientCredentialsFlow } from '../../../flows/client-credentials/client-credentials.flow'
import { flow as deviceFlow } from '../../../flows/device-authorization/device-authorization.flow'
import {
  COMPACT_BELOW_PX,
  FIT_PADDING,
  MEDIUM_BELOW_PX,
  diagramHeight,
  drawingBounds,
  fitViewport,
  layoutFor,
} from './diagram-layout'
import {
  describeStep,
  diagramModel,
  facingSides,
  labelPlacement,
  type DiagramStep,
  type MessageEdge,
} from './diagram-model'

const authorize: DiagramStep = {
  from: 'user-agent',
  to: 'authorization-server',
  channel: 'front',
  label: 'GET /authorize',
}
const token: DiagramStep = {
  from: 'client',
  to: 'authorization-server',
  channel: 'back',
  label: 'POST /token',
}
const pkce: DiagramStep = {
  from: 'client',
  to: 'client',
  channel: 'local',
  label: 'make PKCE verifier',
}

const stage = pkceFlow.stage
const layoutForWidth = (width: number) => layoutFor(stage, width)
const model = (step: DiagramStep | undefined, width: number, options = {}) =>
  diagramModel(stage, step, width, options)
const describe_ = (step: DiagramStep | undefined, options = {}) =>
  describeStep(stage.cast, step, options)

const statuses = (step: DiagramStep | undefined, involved?: DiagramStep['from'][]) =>
  Object.fromEntries(
    model(step, 1200, { involvedRoles: involved }).nodes.map((n) => [n.id, n.data.status]),
  )

describe('diagramModel', () => {
  it('marks the sender and the receiver, and nobody else', () => {
    expect(statuses(authorize)).toEqual({
      'resource-owner': 'idle',
      'user-agent': 'sending',
      client: 'idle',
      'authorization-server': 'receiving',
      'resource-server': 'idle',
    })
  })

  it('marks involved roles that neither send nor receive', () => {
    const s = statuses(
      { from: 'user-agent', to: 'authorization-server', channel: 'front', label: 'POST /login' },
      ['resource-owner'],
    )
    expect(s['resource-owner']).toBe('involved')
    expect(s['user-agent']).toBe('sending')
  })

  it('draws the message as one edge from sender to receiver with label, channel and arrow', () => {
    const message = model(token, 1200).edges.find((e) => e.type === 'message') as MessageEdge
    expect(message.source).toBe('client')
    expect(message.target).toBe('authorization-server')
    expect(message.data).toMatchObject({
      label: 'POST /token',
      channel: 'back',
      reducedMotion: false,
    })
    expect(message.markerEnd).toMatchObject({ type: 'arrowclosed' })
    expect(message.sourceHandle).toMatch(/-out$/)
    expect(message.targetHandle).toMatch(/-in$/)
  })

  it('passes reduced motion to the message edge', () => {
    const message = model(token, 1200, { reducedMotion: true }).edges.find(
      (e) => e.type === 'message',
    ) as MessageEdge
    expect(message.data?.reducedMotion).toBe(true)
  })

  it('draws no message for a local step and shows the computation on the role', () => {
    const local = model(pkce, 1200)
    expect(local.edges.some((e) => e.type === 'message')).toBe(false)
    const client = local.nodes.find((n) => n.id === 'client')
    expect(client?.data).toEqual({
      role: 'client',
      character: 'Printshop web app',
      detail: 'photo-spa',
      status: 'computing',
      activity: 'make PKCE verifier',
    })
  })

  it('before the first step shows the cast idle and only the links', () => {
    const empty = model(undefined, 1200)
    expect(empty.nodes.map((n) => n.id)).toEqual([
      'resource-owner',
      'user-agent',
      'client',
      'authorization-server',
      'resource-server',
    ])
    expect(empty.nodes.every((n) => n.data.status === 'idle')).toBe(true)
    expect(empty.edges).toHaveLength(5)
    expect(empty.edges.every((e) => e.type === 'straight')).toBe(true)
  })

  it('draws only the roles a flow casts, with the flow’s own names', () => {
    const job = diagramModel(clientCredentialsFlow.stage, token, 1200)
    expect(job.nodes.map((n) => `${n.id}: ${n.data.character}`)).toEqual([
      'client: Backup job',
      'authorization-server: auth.photos.example',
      'resource-server: Photo API',
    ])
    expect(job.edges.filter((e) => e.type === 'straight')).toHaveLength(2)
    const tv = diagramModel(deviceFlow.stage, undefined, 390).nodes.find((n) => n.id === 'client')
    expect(tv?.ariaLabel).toBe('Client, Frame TV')
  })

  it('gives the message edge a new id when the message changes, so its animation restarts', () => {
    const a = model(authorize, 1200).edges.at(-1)
    const b = model({ ...authorize, label: 'POST /login' }, 1200).edges.at(-1)
    expect(a?.id).not.toBe(b?.id)
  })

  it('names each node for assistive technology, with its status', () => {
    const browser = model(authorize, 1200).nodes.find((n) => n.id === 'user-agent')
    expect(browser?.ariaLabel).toBe("Browser, Alice's browser: sending")
  })
})

describe('layout', () => {
  it('switches to the compact layout below the phone threshold', () => {
    expect(layoutForWidth(390).name).toBe('compact')
    expect(layoutForWidth(COMPACT_BELOW_PX - 1).name).toBe('compact')
    expect(layoutForWidth(COMPACT_BELOW_PX).name).toBe('medium')
    expect(layoutForWidth(800).name).toBe('medium')
    expect(layoutForWidth(MEDIUM_BELOW_PX).name).toBe('wide')
    expect(layoutForWidth(1280).name).toBe('wide')
    expect(model(authorize, 390).layout).toBe('compact')
  })

  it.each([1280, 800])(
    'reads left to right at %i px: the user side left of the servers',
    (width) => {
      const { positions } = layoutForWidth(width)
      for (const user of ['resource-owner', 'user-agent', 'client'] as const) {
        for (const server of ['authorization-server', 'resource-server'] as const) {
          expect(positions[user]?.x).toBeLessThan(positions[server]?.x ?? 0)
        }
      }
    },
  )

  it('uses no two roles at the same spot', () => {
    for (const width of [390, 800, 1280]) {
      const spots = Object.values(layoutForWidth(width).positions).map((p) => `${p?.x},${p?.y}`)
      expect(new Set(spots).size).toBe(5)
    }
  })

  it('connects the sides that face each other', () => {
    const wide = layoutForWidth(1280)
    expect(facingSides(wide, 'user-agent', 'authorization-server')).toEqual({
      out: 'right',
      in: 'left',
    })
    expect(facingSides(wide, 'authorization-server', 'user-agent')).toEqual({
      out: 'left',
      in: 'right',
    })
    expect(facingSides(wide, 'user-agent', 'client')).toEqual({ out: 'bottom', in: 'top' })
    const compact = layoutForWidth(390)
    expect(facingSides(compact, 'client', 'resource-server')).toEqual({ out: 'bottom', in: 'top' })
  })

  it('puts the label above horizontal lines, beside vertical ones towards the middle, on slanted ones', () => {
    const wide = layoutForWidth(1280)
    expect(labelPlacement(wide, 'user-agent', 'authorization-server')).toBe('above')
    expect(labelPlacement(wide, 'client', 'resource-server')).toBe('above')
    expect(labelPlacement(wide, 'user-agent', 'client')).toBe('right')
    const compact = layoutForWidth(390)
    expect(labelPlacement(compact, 'user-agent', 'authorization-server')).toBe('left')
    expect(labelPlacement(compact, 'client', 'resource-server')).toBe('right')
    expect(labelPlacement(compact, 'user-agent', 'client')).toBe('centre')
    expect(labelPlacement(wide, 'client', 'authorization-server')).toBe('centre')
  })

  it('sizes the container to the layout, within bounds', () => {
    const height = (width: number) => diagramHeight(layoutForWidth(width), width)
    expect(height(1200)).toBeGreaterThan(300)
    expect(height(1200)).toBeLessThanOrEqual(400)
    expect(height(390)).toBeGreaterThan(height(700))
    expect(height(0)).toBe(200)
  })

  it('keeps the phone diagram short enough for the narration to start on the first screen', () => {
    // 390 px phone: 366 px of container; the diagram leaves more than half of an 844 px screen.
    expect(diagramHeight(layoutForWidth(366), 366)).toBeLessThanOrEqual(440)
    expect(diagramHeight(layoutForWidth(366), 366)).toBeGreaterThanOrEqual(360)
  })

  it('computes a viewport that centres the whole layout in the container, as large as fits', () => {
    const heightAt = (width: number) => diagramHeight(layoutForWidth(width), width)
    for (const [width, height] of [
      [718, heightAt(718)],
      [366, heightAt(366)],
      [1200, heightAt(1200)],
    ] as const) {
      const layout = layoutForWidth(width)
      const drawn = drawingBounds(layout)
      const bounds = { width: drawn.width, height: drawn.height - layout.labelHeadroom }
      const { x, y, zoom } = fitViewport(layout, width, height)
      // The nodes inside the container, with the padding on every side and room for a label above the top row.
      expect(x).toBeGreaterThanOrEqual(0)
      expect(y).toBeGreaterThanOrEqual(layout.labelHeadroom * zoom)
      expect(x + bounds.width * zoom).toBeLessThanOrEqual(width + 1e-9)
      expect(y + bounds.height * zoom).toBeLessThanOrEqual(height + 1e-9)
      // Centred, and touching the padding on the tighter side.
      expect(x * 2 + bounds.width * zoom).toBeCloseTo(width)
      expect(y * 2 + (bounds.height - layout.labelHeadroom) * zoom).toBeCloseTo(height)
      const fill = Math.max(
        (bounds.width * zoom) / width,
        ((bounds.height + layout.labelHeadroom) * zoom) / height,
      )
      expect(fill).toBeCloseTo(1 / (1 + 2 * FIT_PADDING))
    }
    // The phone layout's role names stay legible: at least 0.8 of their size at zoom 1.
    expect(fitViewport(layoutForWidth(366), 366, heightAt(366)).zoom).toBeGreaterThan(0.8)
  })
})

describe('describeStep', () => {
  const login: DiagramStep = {
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    label: 'GET /login',
  }

  it('leads with the step number and names each role once, over the front channel', () => {
    const text = describe_(login, { number: 3, total: 11, involvedRoles: ['resource-owner'] })
    expect(text).toBe(
      "Step 3 of 11. Alice's browser sends GET /login to the authorization server (auth.photos.example) over the front channel; Alice takes part.",
    )
    expect(text.match(/browser/g)).toHaveLength(1)
  })
  it('says who sends what to whom over the back channel', () => {
    expect(describe_(token, { number: 8, total: 11 })).toBe(
      'Step 8 of 11. The client (Printshop web app) sends POST /token to the authorization server (auth.photos.example) over the back channel, directly.',
    )
  })
  it('says when no message travels', () => {
    expect(describe_(pkce, { number: 1, total: 11 })).toBe(
      'Step 1 of 11. No message: the client (Printshop web app) works locally (make PKCE verifier).',
    )
  })
  it('lists several involved roles and leaves out the sender and receiver', () => {
    const involved = ['resource-owner', 'user-agent', 'client', 'resource-owner'] as const
    expect(describe_(authorize, { involvedRoles: involved })).toBe(
      "Alice's browser sends GET /authorize to the authorization server (auth.photos.example) over the front channel; Alice and the client (Printshop web app) take part.",
    )
  })
  it('describes the empty diagram before the first step', () => {
    expect(describe_(undefined)).toBe(
      "Diagram of Alice, Alice's browser, the client (Printshop web app), the authorization server (auth.photos.example) and the resource server (Photo API). No message yet.",
    )
  })
})
