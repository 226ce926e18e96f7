import { Module } from '@nestjs/common';
import { ProgressRepository } from '@iep/api/progress';
import { GroupSessionService } from './group-session.service';
import { ServiceDeliveryDashboardService } from './service-delivery-dashboard.service';
import { ServiceDeliveryRepository } from './service-delivery.repository';
import { ServiceSessionsExportController } from './service-sessions-export.controller';
import { ServiceDeliveryResolver } from './service-delivery.resolver';
import { ServiceDeliveryService } from './service-delivery.service';

/** Service delivery: sessions logged against an IEP's services, required against delivered, compensatory minutes. */
@Module({
  // A group session writes its data points with the progress area's statement.
  providers: [ServiceDeliveryRepository, ProgressRepository, GroupSessionService, ServiceDeliveryService, ServiceDeliveryDashboardService, ServiceDeliveryResolver],
  controllers: [ServiceSessionsExportController],
})
export class ServiceDeliveryModule {}
