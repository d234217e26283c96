import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { runGuarded } from '@/lib/auth/run-guarded'
import { addMembershipDefinition, createClusterDefinition, createUnitDefinition, removeMembershipDefinition } from '@/lib/admin/definitions'
import { demoIds, emails, principalFor } from '../fixtures/demo'

const ip = '127.0.0.1'

describe('the board’s administration refuses everyone else', () => {
  it('refuses a chairman calling the create-cluster action, writes nothing, and audits the refusal', async () => {
    const { provinceId } = await demoIds()
    const chairman = await principalFor(emails.kyAnhChairman)
    const before = await db.cluster.count()
    const result = await runGuarded(createClusterDefinition, { principal: chairman, values: { provinceId, name: 'Cụm thi đua số 9' }, ip })
    expect(result).toEqual({ ok: false, messageKey: 'forbidden' })
    expect(await db.cluster.count()).toBe(before)
    const refusal = await db.auditLog.findFirst({
      where: { action: 'permission.refused', entity: 'cluster.create', actorId: chairman.userId },
    })
    expect(refusal).not.toBeNull()
  })

  it('refuses the 2022 secretariat too: it manages a cluster-year, not the province', async () => {
    const { provinceId } = await demoIds()
    const secretariat = await principalFor(emails.locHaSecretariat)
    const result = await runGuarded(createUnitDefinition, {
      principal: secretariat,
      values: { provinceId, name: 'Xã mới', kind: 'COMMUNE', validFrom: '', validTo: '' },
      ip,
    })
    expect(result).toEqual({ ok: false, messageKey: 'forbidden' })
    expect(await db.unit.count({ where: { name: 'Xã mới' } })).toBe(0)
  })

  it('refuses a board officer a crafted request for another province', async () => {
    const board = await principalFor(emails.board)
    const other = await db.province.create({ data: { code: 'NA', name: 'Nghệ An', boardName: 'Ban TĐKT tỉnh Nghệ An' } })
    const result = await runGuarded(createClusterDefinition, { principal: board, values: { provinceId: other.id, name: 'Cụm lạ' }, ip })
    expect(result).toEqual({ ok: false, messageKey: 'forbidden' })
    expect(await db.cluster.count({ where: { provinceId: other.id } })).toBe(0)
  })

  it('refuses a signed-out caller', async () => {
    const { provinceId } = await demoIds()
    expect(await runGuarded(createClusterDefinition, { principal: null, values: { provinceId, name: 'X' }, ip })).toEqual({
      ok: false,
      messageKey: 'signInRequired',
    })
  })
})

describe('the board administers its province', () => {
  it('creates a cluster with an audit row in the same transaction', async () => {
    const { provinceId } = await demoIds()
    const board = await principalFor(emails.board)
    const result = await runGuarded(createClusterDefinition, {
      principal: board,
      values: { provinceId, name: 'Cụm thi đua số 3', description: '' },
      ip,
    })
    expect(result).toEqual({ ok: true, messageKey: 'admin.clusterCreated' })
    const cluster = await db.cluster.findFirstOrThrow({ where: { name: 'Cụm thi đua số 3' } })
    expect(await db.auditLog.count({ where: { action: 'cluster.create', entityId: cluster.id, actorId: board.userId } })).toBe(1)
  })

  it('answers bad input field by field and writes nothing', async () => {
    const { provinceId } = await demoIds()
    const board = await principalFor(emails.board)
    const before = await db.unit.count()
    const result = await runGuarded(createUnitDefinition, {
      principal: board,
      values: { provinceId, name: '', kind: 'PLANET', validFrom: '2025-13-45', validTo: '' },
      ip,
    })
    expect(result).toMatchObject({
      ok: false,
      messageKey: 'checkFields',
      fieldErrors: { name: 'required', kind: 'unitKind', validFrom: 'dateNoSuchDay' },
    })
    expect(await db.unit.count()).toBe(before)
  })

  it('refuses a duplicate cluster name next to the field, and rolls back', async () => {
    const { provinceId } = await demoIds()
    const board = await principalFor(emails.board)
    const result = await runGuarded(createClusterDefinition, { principal: board, values: { provinceId, name: 'Cụm thi đua số 2' }, ip })
    expect(result).toEqual({ ok: false, messageKey: 'checkFields', fieldErrors: { name: 'clusterNameTaken' } })
    expect(await db.cluster.count({ where: { name: 'Cụm thi đua số 2' } })).toBe(1)
  })

  it('adds a unit to a cluster for one year, refuses it in a second cluster that year, and removes it without deleting', async () => {
    const { provinceId, clusterId } = await demoIds()
    const board = await principalFor(emails.board)
    const commune = await db.unit.create({ data: { provinceId, name: 'Xã Hương Sơn mới', kind: 'COMMUNE' } })
    const add = (cluster: string) =>
      runGuarded(addMembershipDefinition, {
        principal: board,
        values: { clusterId: cluster, unitId: commune.id, year: '2026', rotationOrder: '7' },
        ip,
      })
    expect(await add(clusterId)).toEqual({ ok: true, messageKey: 'admin.memberAdded' })

    const other = await db.cluster.create({ data: { provinceId, name: 'Cụm thi đua số 4' } })
    expect(await add(other.id)).toEqual({ ok: false, messageKey: 'checkFields', fieldErrors: { unitId: 'memberElsewhere' } })

    const membership = await db.clusterMembership.findFirstOrThrow({ where: { unitId: commune.id, year: 2026 } })
    const removed = await runGuarded(removeMembershipDefinition, { principal: board, values: { membershipId: membership.id }, ip })
    expect(removed).toEqual({ ok: true, messageKey: 'admin.memberRemoved' })
    const row = await db.clusterMembership.findUniqueOrThrow({ where: { id: membership.id } })
    expect(row.removedAt).not.toBeNull()
    expect(await db.auditLog.count({ where: { entity: 'ClusterMembership', entityId: membership.id } })).toBe(2)
    // Removing it again is a no-op with a clear answer, not a second change.
    expect(await runGuarded(removeMembershipDefinition, { principal: board, values: { membershipId: membership.id }, ip })).toEqual({
      ok: false,
      messageKey: 'notFound',
    })
  })
})
