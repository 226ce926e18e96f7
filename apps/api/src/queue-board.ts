import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Module, type INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { AuditService } from '@iep/api/audit';
import { SESSION_COOKIE, SessionService } from '@iep/api/auth';
import { requestMeta, type AuthUser } from '@iep/api/core';
import { QueueName } from '@iep/api/jobs';
import { UserRole } from '@iep/domain';

export const QUEUE_BOARD_PATH = '/admin/queues';

/** The queues the board shows that no other module of the API produces to (mail is NotificationsModule's). */
@Module({ imports: [BullModule.registerQueue({ name: QueueName.Reminders }, { name: QueueName.Maintenance })] })
export class QueueBoardModule {}

/**
 * Bull Board at /admin/queues, behind the session cookie. The queues belong to the whole installation,
 * not to one district, so any district administrator may look; that is safe because jobs carry only
 * ids (a reminder's, an e-mail's), never names or student data. The board is read-only: nothing here
 * may retry, remove or add a job, since PostgreSQL, not Redis, decides what is delivered.
 */
export function mountQueueBoard(app: INestApplication): void {
  const sessions = app.get(SessionService, { strict: false });
  const audit = app.get(AuditService, { strict: false });
  const queues = Object.values(QueueName).map((name) => app.get<Queue>(getQueueToken(name), { strict: false }));
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })),
    // @bull-board/express carries its own copy of @bull-board/api's types, one patch release apart.
    serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { boardTitle: 'IEP Team queues' } },
  });

  const onlyDistrictAdmins = async (req: Request, res: Response, next: NextFunction) => {
    try {
      res.setHeader('cache-control', 'no-store');
      const token: unknown = req.cookies?.[SESSION_COOKIE];
      const user: AuthUser | null = typeof token === 'string' && token.length > 0 && token.length <= 128 ? await sessions.resolve(token) : null;
      if (!user) {
        // A person who opens the link signed out is sent to sign in; the board's own API calls get a status.
        if (req.method === 'GET' && req.accepts(['json', 'html']) === 'html') return res.redirect(303, '/sign-in');
        return res.status(401).json({ error: 'Please sign in.' });
      }
      if (user.role !== UserRole.DistrictAdmin) {
        await audit.recordDenial(user, requestMeta(req), 'queueBoard', 'ROLE_LACKS_QUEUE_BOARD');
        return res.status(403).json({ error: 'Only district administrators may see the job queues.' });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return res.status(405).setHeader('allow', 'GET, HEAD').json({ error: 'The job queues are read-only here.' });
      }
      return next();
    } catch (error) {
      return next(error);
    }
  };
  app.use(QUEUE_BOARD_PATH, onlyDistrictAdmins, serverAdapter.getRouter());
}
