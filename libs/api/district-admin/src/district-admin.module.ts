import { Module } from '@nestjs/common';
import { AuthModule } from '@iep/api/auth';
import { DistrictAdminLoaderFactory } from './district-admin.loader';
import { DistrictScope } from './district-scope.service';
import { DistrictStudentsResolver } from './district-students.resolver';
import { DistrictStudentsService } from './district-students.service';
import { DistrictUsersResolver } from './district-users.resolver';
import { DistrictUsersService } from './district-users.service';
import { SchoolsResolver } from './schools.resolver';
import { SchoolsService } from './schools.service';
import { UndeliveredMailResolver } from './undelivered-mail.resolver';
import { UndeliveredMailService } from './undelivered-mail.service';

/** District administration: schools, staff and family accounts, students and their guardians, mail that could not be sent. */
@Module({
  imports: [AuthModule],
  providers: [
    DistrictScope,
    DistrictAdminLoaderFactory,
    SchoolsService,
    SchoolsResolver,
    DistrictUsersService,
    DistrictUsersResolver,
    DistrictStudentsService,
    DistrictStudentsResolver,
    UndeliveredMailService,
    UndeliveredMailResolver,
  ],
})
export class DistrictAdminModule {}
