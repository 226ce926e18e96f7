import { Global, Module } from '@nestjs/common';
import { RateLimitService } from '@iep/api/core';
import { RecordAccessService } from './record-access.service';

/** The API's access decisions: per-record checks, and the abuse limits (the worker needs neither). */
@Global()
@Module({ providers: [RecordAccessService, RateLimitService], exports: [RecordAccessService, RateLimitService] })
export class AccessModule {}
