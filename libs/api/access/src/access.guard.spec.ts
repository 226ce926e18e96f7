import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { AuditService, type AuditEntry } from '@iep/api/audit';
import { UserRole } from '@iep/domain';
import { AccessGuard } from './access.guard';
import { Public, RequirePermission } from './decorators';
import { Permission } from './permission';

class ExampleResolver {
  undeclared() {
    return 'data';
  }
  @Public()
  open() {
    return 'data';
  }
  @RequirePermission(Permission.ReadAccessRecord)
  accessRecord() {
    return 'data';
  }
}

/** The real AuditService up to the INSERT, which the API's integration tests cover against PostgreSQL. */
class RecordingAudit extends AuditService {
  readonly entries: AuditEntry[] = [];
  constructor() {
    super(undefined as never);
  }
  override async recordMany(entries: AuditEntry[]) {
    this.entries.push(...entries);
  }
}

function contextFor(handler: keyof ExampleResolver, user?: { id: string; role: UserRole }) {
  const req = { user, headers: {}, ip: '127.0.0.1' };
  const context = new ExecutionContextHost([req, {}], ExampleResolver, ExampleResolver.prototype[handler]);
  context.setType('http');
  return context;
}

describe('AccessGuard: deny by default', () => {
  const audit = new RecordingAudit();
  const guard = new AccessGuard(new Reflector(), audit);
  const teacher = { id: '00000000-0000-4000-8000-000000000205', role: UserRole.GeneralEducationTeacher };

  it('refuses an operation that declares no access, even to a signed-in user, and audits it', async () => {
    await expect(guard.canActivate(contextFor('undeclared', teacher))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(audit.entries.at(-1)).toMatchObject({ event: 'ACCESS_DENIED', outcome: 'DENIED', data: { reason: 'UNDECLARED' } });
  });

  it('lets anyone call a public operation', async () => {
    await expect(guard.canActivate(contextFor('open'))).resolves.toBe(true);
  });

  it('asks an anonymous caller to sign in, and refuses a role without the permission', async () => {
    await expect(guard.canActivate(contextFor('accessRecord'))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(guard.canActivate(contextFor('accessRecord', teacher))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(guard.canActivate(contextFor('accessRecord', { ...teacher, role: UserRole.Parent }))).resolves.toBe(true);
  });
});
