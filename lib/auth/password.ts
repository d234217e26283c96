import { hash, verify } from '@node-rs/argon2'

// argon2id with the library's defaults (19 MiB, 2 passes): ≈ 80 ms per hash here, slow enough
// to make guessing expensive and fast enough for a sign-in.
export function hashPassword(plain: string): Promise<string> {
  return hash(plain)
}

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain)
  } catch {
    return false
  }
}

// Verifying against a real hash when the account does not exist keeps the reply time the same,
// so timing does not reveal which e-mail addresses have accounts.
let dummyHash: Promise<string> | undefined
export async function burnVerifyTime(plain: string): Promise<void> {
  dummyHash ??= hash('not-a-real-password')
  await verifyPassword(await dummyHash, plain)
}
