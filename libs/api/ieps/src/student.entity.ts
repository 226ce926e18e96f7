import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('students')
export class StudentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) districtId: string;
  @Column({ type: 'uuid' }) schoolId: string;
  @Column({ type: 'text' }) firstName: string;
  @Column({ type: 'text' }) lastName: string;
  @Column({ type: 'date' }) dateOfBirth: string;
  @Column({ type: 'text' }) grade: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
