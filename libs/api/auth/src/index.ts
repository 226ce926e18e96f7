export * from './auth.module';
export * from './password.module';
export * from './auth.service';
export * from './session.service';
export * from './user.entity';
export * from './models/user.model';
export { ENTER_VALID_EMAIL } from './dto/sign-in.input';
