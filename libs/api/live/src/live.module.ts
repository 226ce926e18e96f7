import { Global, Module } from '@nestjs/common';
import { IepLiveService } from './iep-live.service';

@Global()
@Module({ providers: [IepLiveService], exports: [IepLiveService] })
export class LiveModule {}
