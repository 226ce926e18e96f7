import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { validationMessage } from '@iep/api/core';
import { SCHOOL_NAME_MAX_LENGTH } from '@iep/domain';
import { IsNotBlank } from '../validation';

const ENTER_SCHOOL_NAME = { en: 'Enter the name of the school.', es: 'Escriba el nombre de la escuela.' };
const SCHOOL_NAME_TOO_LONG = validationMessage({
  en: `A school name can be at most ${SCHOOL_NAME_MAX_LENGTH} characters.`,
  es: `El nombre de una escuela puede tener como máximo ${SCHOOL_NAME_MAX_LENGTH} caracteres.`,
});

@ArgsType()
export class CreateSchoolArgs {
  @Field({ description: 'Unique within the district.' })
  @IsNotBlank(ENTER_SCHOOL_NAME)
  @MaxLength(SCHOOL_NAME_MAX_LENGTH, { message: SCHOOL_NAME_TOO_LONG })
  name: string;
}

@ArgsType()
export class RenameSchoolArgs {
  @Field(() => ID) @IsString() id: string;

  @Field({ description: 'Unique within the district.' })
  @IsNotBlank(ENTER_SCHOOL_NAME)
  @MaxLength(SCHOOL_NAME_MAX_LENGTH, { message: SCHOOL_NAME_TOO_LONG })
  name: string;
}
