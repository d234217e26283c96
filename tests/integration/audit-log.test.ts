import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'

describe('the audit log', () => {
  it('is append-only: the database refuses to change or delete a row, even for the tables’ owner', async () => {
    // The app's own role may not even try (see app-role.test.ts); the trigger stops the owner too.
    const owner = new pg.Client({ connectionString: process.env.TEST_OWNER_URL })
    await owner.connect()
    try {
      const { rows } = await owner.query(`INSERT INTO "AuditLog" (action, entity) VALUES ('test.append', 'Test') RETURNING id`)
      const id = rows[0].id
      await expect(owner.query(`UPDATE "AuditLog" SET action = 'test.rewritten' WHERE id = $1`, [id])).rejects.toThrow(
        /append-only: UPDATE/,
      )
      await expect(owner.query(`DELETE FROM "AuditLog" WHERE id = $1`, [id])).rejects.toThrow(/append-only: DELETE/)
      await expect(owner.query('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only: TRUNCATE/)
      expect((await db.auditLog.findUniqueOrThrow({ where: { id: BigInt(id) } })).action).toBe('test.append')
    } finally {
      await owner.end()
    }
  })
})
