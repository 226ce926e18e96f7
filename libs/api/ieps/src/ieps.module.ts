import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessRecordResolver } from './access-record.resolver';
import { IepEntity } from './iep.entity';
import { IepLoaderFactory } from './iep.loader';
import { IepResolver } from './iep.resolver';
import { StudentEntity } from './student.entity';
import { StudentResolver } from './student.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([StudentEntity, IepEntity])],
  providers: [IepLoaderFactory, StudentResolver, IepResolver, AccessRecordResolver],
})
export class IepsModule {}
