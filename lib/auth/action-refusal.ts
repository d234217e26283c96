// A business rule said no (a name already taken, a unit already a member …). Thrown inside a
// guarded action's transaction, it rolls the transaction back and reaches the form as a message.
export class ActionRefusal extends Error {
  constructor(
    readonly messageKey: string, // key under `errors` in the message catalogue
    readonly field?: string,
    // Several fields at once (key → message key), and structured detail for the form (e.g. the
    // cells someone else changed, with both values).
    readonly more?: { fieldErrors?: Record<string, string>; data?: unknown },
  ) {
    super(messageKey)
    this.name = 'ActionRefusal'
  }
}
