import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'

describe('the audit log', () => {
  it('is append-only: the database itself refuses to change or delete a row', async () => {
    const row = await db.auditLog.create({ data: { action: 'test.append', entity: 'Test' } })
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: 'test.rewritten' } })).rejects.toThrow()
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow()
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow()
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).action).toBe('test.append')
  })
})
