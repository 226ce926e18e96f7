import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { SCHOOL_NAME_MAX_LENGTH } from '@iep/domain';
import { IsNotBlank } from '../validation';

@ArgsType()
export class CreateSchoolArgs {
  @Field({ description: 'Unique within the district.' })
  @IsNotBlank('Enter the name of the school.')
  @MaxLength(SCHOOL_NAME_MAX_LENGTH, { message: `A school name can be at most ${SCHOOL_NAME_MAX_LENGTH} characters.` })
  name: string;
}

@ArgsType()
export class RenameSchoolArgs {
  @Field(() => ID) @IsString() id: string;

  @Field({ description: 'Unique within the district.' })
  @IsNotBlank('Enter the name of the school.')
  @MaxLength(SCHOOL_NAME_MAX_LENGTH, { message: `A school name can be at most ${SCHOOL_NAME_MAX_LENGTH} characters.` })
  name: string;
}
