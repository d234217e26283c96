// The address a request came from. Behind a reverse proxy the first X-Forwarded-For entry is the
// client; `next start` itself sets the header for direct connections.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers.get('x-real-ip') || 'unknown'
}
