// A separate entry point: these bring the dictionary of common passwords, so only lazily loaded pages
// import them, and the main entry point of the session feature must not.
export { checkNewPassword, newPasswordErrors } from './new-password-check';
export { NewPasswordFields, showPasswordProblems } from './new-password-fields';
export { passwordRefusal } from './password-errors';
