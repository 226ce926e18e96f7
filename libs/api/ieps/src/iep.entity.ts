import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { IepKind, IepStatus } from '@iep/domain';

@Entity('ieps')
export class IepEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) studentId: string;
  @Column({ type: 'enum', enum: IepKind, enumName: 'iep_kind' }) kind: IepKind;
  @Column({ type: 'enum', enum: IepStatus, enumName: 'iep_status' }) status: IepStatus;
  @Column({ type: 'uuid' }) caseManagerId: string;
  @Column({ type: 'date', nullable: true }) meetingDate: string | null;
  @Column({ type: 'date', nullable: true }) startDate: string | null;
  @Column({ type: 'date', nullable: true }) annualReviewDue: string | null;
  @Column({ type: 'timestamptz', nullable: true }) sharedWithFamilyAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) derivedFromIepId: string | null;
  @Column({ type: 'int' }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
