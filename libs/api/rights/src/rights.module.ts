import { Module } from '@nestjs/common';
import { RightsResolver } from './rights.resolver';
import { SafeguardsService } from './safeguards.service';

/** The family's procedural rights beside the IEP itself: the procedural safeguards notice. */
@Module({
  providers: [RightsResolver, SafeguardsService],
})
export class RightsModule {}
