import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@iep/api/deadlines';
import { SignoffModule } from '@iep/api/signoff';
import { AdultGuardianshipService } from './guardianship.service';
import { MajorityService } from './majority.service';
import { RevocationService } from './revocation.service';
import { RightsResolver } from './rights.resolver';
import { SafeguardsService } from './safeguards.service';

/** The family's procedural rights beside the IEP itself: the procedural safeguards notice, revocation of consent for services, transfer of rights at majority. */
@Module({
  imports: [DeadlinesModule, SignoffModule],
  providers: [RightsResolver, SafeguardsService, RevocationService, MajorityService, AdultGuardianshipService],
})
export class RightsModule {}
