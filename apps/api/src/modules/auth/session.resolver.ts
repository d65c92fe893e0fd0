import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ANY_ROLE } from '../../graphql/auth-checker.js';
import type { GraphQLContext } from '../../server/context.js';
import { User } from './user.entity.js';

@Resolver()
export class SessionResolver {
  // The one operation open to anonymous requests (see tests/api/authorization-coverage.test.ts).
  @Mutation(() => User, { description: 'Starts a new session and sets its HttpOnly cookie.' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    const { user, session } = await ctx.services.logins.login(email, password, {
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      requestId: ctx.requestId,
      currentTokenHash: ctx.sessionTokenHash,
    });
    ctx.res.cookie(ctx.cookie.name, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.cookie.secure,
      path: '/',
      expires: session.expiresAt,
    });
    // The rest of this request runs as the user who just logged in, so `login { kommune { … } }`
    // resolves like any later request would.
    ctx.user = user;
    ctx.sessionTokenHash = session.tokenHash;
    return user;
  }

  @Authorized(...ANY_ROLE)
  @Mutation(() => Boolean, { description: 'Ends the session on the server and clears the cookie.' })
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.logins.logout(ctx.user!, ctx.sessionTokenHash!, ctx.requestId);
    ctx.res.clearCookie(ctx.cookie.name, { httpOnly: true, sameSite: 'lax', secure: ctx.cookie.secure, path: '/' });
    return true;
  }
}
