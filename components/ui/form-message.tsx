type Props = { ok: boolean; message?: string }

// The form-level outcome, announced politely to screen readers.
export function FormMessage({ ok, message }: Props) {
  if (!message) return null
  return (
    <p
      role="status"
      data-testid="form-message"
      className={`rounded px-3 py-2 text-sm ${ok ? 'bg-green-50 text-green-800' : 'bg-red-50 text-red-800'}`}
    >
      {message}
    </p>
  )
}
