import jwt from 'jsonwebtoken';
import { ROLES, type Role } from '@cb/contracts';
import type { Viewer } from './viewer';

const ISSUER = 'career-boost';
const AUDIENCE = 'career-boost-api';
const LIFETIME = '12h';

/** Signs and checks bearer tokens (HS256 with the JWT_SECRET every service shares). */
export class TokenService {
  constructor(private readonly secret: string) {
    if (secret.length < 32) throw new Error('JWT secret must be at least 32 characters');
  }

  sign(viewer: Viewer): string {
    // `iatMs`: the issue instant in milliseconds (`iat` has whole seconds), so that ending an
    // account's sessions (revocations.ts) spares a token signed a moment after it, in the same second.
    return jwt.sign({ role: viewer.role, studentId: viewer.studentId, companyId: viewer.companyId, iatMs: Date.now() }, this.secret, {
      algorithm: 'HS256',
      subject: viewer.accountId,
      issuer: ISSUER,
      audience: AUDIENCE,
      expiresIn: LIFETIME,
    });
  }

  /** Returns the viewer of a valid token, or undefined for anything else (expired, forged, malformed). */
  verify(token: string): Viewer | undefined {
    try {
      const claims = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
      if (typeof claims !== 'object' || !claims.sub) return undefined;
      const role = claims.role as Role;
      if (!ROLES.includes(role)) return undefined;
      return {
        accountId: claims.sub,
        role,
        studentId: typeof claims.studentId === 'string' ? claims.studentId : undefined,
        companyId: typeof claims.companyId === 'string' ? claims.companyId : undefined,
        issuedAt: typeof claims.iatMs === 'number' ? claims.iatMs / 1000 : typeof claims.iat === 'number' ? claims.iat : undefined,
      };
    } catch {
      return undefined;
    }
  }

  /** Reads `Authorization: Bearer <token>`; a present but invalid token is reported, not ignored. */
  fromHeader(header: string | undefined): { viewer?: Viewer; invalid: boolean } {
    if (!header) return { invalid: false };
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!match) return { invalid: true };
    const viewer = this.verify(match[1]);
    return { viewer, invalid: !viewer };
  }
}
