import { Module } from '@nestjs/common';
import { ServiceDeliveryDashboardService } from './service-delivery-dashboard.service';
import { ServiceDeliveryRepository } from './service-delivery.repository';
import { ServiceSessionsExportController } from './service-sessions-export.controller';
import { ServiceDeliveryResolver } from './service-delivery.resolver';
import { ServiceDeliveryService } from './service-delivery.service';

/** Service delivery: sessions logged against an IEP's services, required against delivered, compensatory minutes. */
@Module({
  providers: [ServiceDeliveryRepository, ServiceDeliveryService, ServiceDeliveryDashboardService, ServiceDeliveryResolver],
  controllers: [ServiceSessionsExportController],
})
export class ServiceDeliveryModule {}
