import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString } from 'class-validator';

@InputType()
export class ReportIepPresenceInput {
  @Field(() => ID) @IsString() iepId: string;
  @Field(() => ID, { nullable: true, description: 'The part on screen or being edited; null when just reading the IEP.' })
  @IsOptional()
  @IsString()
  partId?: string | null;
  @Field({ description: 'Whether the caller is editing that part.' }) @IsBoolean() editing: boolean;
}
