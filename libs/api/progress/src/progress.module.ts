import { Module } from '@nestjs/common';
import { ProgressRepository } from './progress.repository';
import { ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

/** Progress monitoring on the goals of an IEP in force: data points, corrections, trend, flags and their acknowledgments. */
@Module({ providers: [ProgressRepository, ProgressService, ProgressResolver] })
export class ProgressModule {}
