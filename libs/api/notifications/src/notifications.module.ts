import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { QueueName } from '@iep/api/jobs';
import { NotificationService } from './notification.service';
import { OutboxService } from './outbox.service';

@Global()
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Mail })],
  providers: [OutboxService, NotificationService],
  exports: [OutboxService, NotificationService],
})
export class NotificationsModule {}
