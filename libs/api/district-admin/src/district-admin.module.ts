import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@iep/api/jobs';
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
import { RosterImportRepository } from './roster/roster-import.repository';
import { RosterImportResolver } from './roster/roster-import.resolver';
import { RosterImportService } from './roster/roster-import.service';
import { RosterUploadController } from './roster/roster-upload.controller';

/** District administration: schools, staff and family accounts, students and their guardians, mail that could not be sent, roster imports. */
@Module({
  imports: [AuthModule, BullModule.registerQueue({ name: QueueName.Roster })],
  controllers: [RosterUploadController],
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
    RosterImportRepository,
    RosterImportService,
    RosterImportResolver,
  ],
})
export class DistrictAdminModule {}
