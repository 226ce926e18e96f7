import { Module } from '@nestjs/common';
import { AuthModule } from './auth.module';
import { PasswordResolver } from './password.resolver';
import { PasswordService } from './password.service';

/** Password reset by e-mailed link and password change; sessions and credential checks come from AuthModule. */
@Module({
  imports: [AuthModule],
  providers: [PasswordService, PasswordResolver],
})
export class PasswordModule {}
