import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserRole } from '@iep/domain';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) districtId: string | null;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text', nullable: true, select: false }) passwordHash: string | null;
  @Column({ type: 'text' }) displayName: string;
  @Column({ type: 'enum', enum: UserRole, enumName: 'user_role' }) role: UserRole;
  @Column({ type: 'text', nullable: true }) specialty: string | null;
  @Column({ type: 'text' }) locale: string;
  @Column({ type: 'boolean' }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
