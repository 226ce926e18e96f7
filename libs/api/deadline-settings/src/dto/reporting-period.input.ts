import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';

// Dates and the name are checked in the service, which names the field in its BAD_USER_INPUT answer.
@InputType({ description: 'A new reporting period (no id), or an edit of one (id and the version it started from).' })
export class SaveReportingPeriodInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() id?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version the edit started from; a newer one on record is a CONFLICT.' })
  @IsOptional() @IsInt() @Min(1) version?: number | null;
  @Field() @IsString() name: string;
  @Field({ description: 'YYYY-MM-DD.' }) @IsString() firstDay: string;
  @Field({ description: 'YYYY-MM-DD.' }) @IsString() lastDay: string;
}
