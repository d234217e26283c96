// A business rule said no (a name already taken, a unit already a member …). Thrown inside a
// guarded action's transaction, it rolls the transaction back and reaches the form as a message.
export class ActionRefusal extends Error {
  constructor(
    readonly messageKey: string, // key under `errors` in the message catalogue
    readonly field?: string,
  ) {
    super(messageKey)
    this.name = 'ActionRefusal'
  }
}
