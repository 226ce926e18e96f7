import { Global, Module } from '@nestjs/common';
import { IepLiveService } from './iep-live.service';
import { NotificationSignalService } from './notification-signal.service';

@Global()
@Module({ providers: [IepLiveService, NotificationSignalService], exports: [IepLiveService, NotificationSignalService] })
export class LiveModule {}
