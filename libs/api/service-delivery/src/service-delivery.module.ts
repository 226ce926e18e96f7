import { Module } from '@nestjs/common';
import { ServiceDeliveryRepository } from './service-delivery.repository';
import { ServiceDeliveryResolver } from './service-delivery.resolver';
import { ServiceDeliveryService } from './service-delivery.service';

/** Service delivery: sessions logged against an IEP's services, required against delivered, compensatory minutes. */
@Module({
  providers: [ServiceDeliveryRepository, ServiceDeliveryService, ServiceDeliveryResolver],
})
export class ServiceDeliveryModule {}
