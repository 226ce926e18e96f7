import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { validationMessage } from '@iep/api/core';
import { ServiceCategory } from '@iep/domain';

export const SERVICE_CATEGORIES = ServiceCategory.options;

@InputType({ description: 'Narrows the service delivery dashboard; each field left out means all.' })
export class ServiceDeliveryFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: validationMessage({ en: 'That school was not found.', es: 'No se encontró esa escuela.' }) })
  schoolId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: validationMessage({ en: 'That provider was not found.', es: 'No se encontró ese proveedor.' }) })
  providerId?: string | null;
  @Field(() => String, { nullable: true, description: 'A service category: SPECIAL_EDUCATION, RELATED_SERVICE, SUPPLEMENTARY_AID or PROGRAM_MODIFICATION.' })
  @IsOptional() @IsString() @MaxLength(40) category?: string | null;
}

@ObjectType('ServiceDeliveryGroup', { description: 'Services in force of one school, provider or service type.' })
export class ServiceDeliveryGroupModel {
  @Field({ description: 'SCHOOL, PROVIDER or SERVICE_TYPE.' }) dimension: string;
  @Field(() => String, { nullable: true, description: 'The school or provider id, or the service type; null for services nobody is assigned.' }) key: string | null;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => Int) services: number;
  @Field(() => Int) underDelivered: number;
  @Field(() => Float) compensatoryOwed: number;
}

@ObjectType('ServiceDeliveryRow', { description: 'A service to look at: under-delivered over its last four school weeks, or owing compensatory minutes.' })
export class ServiceDeliveryRowModel {
  @Field(() => ID) serviceId: string;
  @Field(() => ID) iepId: string;
  @Field() studentName: string;
  @Field() schoolName: string;
  @Field(() => String, { nullable: true }) providerName: string | null;
  @Field() category: string;
  @Field() description: string;
  @Field(() => Float, { description: 'Required over its last four school weeks.' }) required: number;
  @Field(() => Float) delivered: number;
  @Field(() => Float) excused: number;
  @Field(() => Float, { description: 'Compensatory minutes still owed.' }) compensatoryBalance: number;
  @Field(() => Float, { description: 'Of those, minutes planned as make-up sessions not yet given.' }) compensatoryPlanned: number;
  @Field() underDelivered: boolean;
}

@ObjectType('ServiceDeliveryDashboard', { description: "The district's services in force: under-delivered ones and compensatory minutes owed." })
export class ServiceDeliveryDashboardModel {
  @Field({ description: "The district's date the figures are counted to." }) asOf: string;
  @Field(() => Int) services: number;
  @Field(() => Int, { description: 'Below 90% of the required minutes the school answers for over their last four school weeks.' }) underDelivered: number;
  @Field(() => Float) compensatoryOwed: number;
  @Field(() => [ServiceDeliveryGroupModel]) groups: ServiceDeliveryGroupModel[];
  @Field(() => [ServiceDeliveryRowModel], { description: 'Under-delivered first, then by compensatory minutes owed; at most 100.' }) rows: ServiceDeliveryRowModel[];
}
