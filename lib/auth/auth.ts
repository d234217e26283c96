import 'server-only'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { env } from '@/lib/env'
import { checkCredentials } from './check-credentials'
import { clientIp } from './client-ip'

// The reason travels to the sign-in form as the error's code: 'invalid' or 'locked:<minutes>'.
class RefusedSignIn extends CredentialsSignin {
  constructor(code: string) {
    super()
    this.code = code
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: env.SESSION_MAX_AGE_HOURS * 3600 },
  pages: { signIn: '/sign-in' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await checkCredentials(credentials, clientIp(request.headers))
        if (result.ok) return result.user
        throw new RefusedSignIn(result.reason === 'locked' ? `locked:${result.retryAfterMinutes}` : 'invalid')
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id
      return token
    },
    session({ session, token }) {
      if (typeof token.uid === 'string') session.user.id = token.uid
      return session
    },
  },
  // A wrong password is an expected outcome, not a server error worth a stack trace.
  logger: {
    error(error) {
      if (error.name === 'CredentialsSignin' || (error as { type?: string }).type === 'CredentialsSignin') return
      console.error(error)
    },
  },
})
